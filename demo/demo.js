// The demo page's language switch: it changes <html lang>, as a clinic's own site would, and the elements
// follow. The page's own text swaps from data-en / data-es attributes (never markup).
const buttons = document.querySelectorAll('[data-lang]');

function setLanguage(lang) {
  document.documentElement.lang = lang;
  for (const element of document.querySelectorAll('[data-en]')) element.textContent = element.dataset[lang];
  for (const button of buttons) button.setAttribute('aria-pressed', String(button.dataset.lang === lang));
  document.title =
    lang === 'es'
      ? 'Programa Ambulatorio Intensivo para familias · Riverside Recovery Center (demostración)'
      : 'Intensive Outpatient Program for families · Riverside Recovery Center (demo)';
}

for (const button of buttons) button.addEventListener('click', () => setLanguage(button.dataset.lang));
const wanted = new URLSearchParams(location.search).get('lang');
if (wanted === 'es' || wanted === 'en') setLanguage(wanted);
