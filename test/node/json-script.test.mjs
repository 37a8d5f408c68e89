/** toJsonScript (iop-family/json-script): clinic text can never close the script tag it is written into. */
import assert from 'node:assert/strict';
import {test} from 'node:test';
import fc from 'fast-check';
import {toJsonScript} from 'iop-family/json-script';

/** Clinic-like data with the characters that matter to an HTML parser mixed in. */
const risky = fc.string({
  unit: fc.constantFrom('<', '>', '&', '/', 's', 'c', 'r', 'i', 'p', 't', '!', '-', '\u2028', '\u2029', 'é', '"', '\\'),
});
const data = fc.letrec((tie) => ({
  value: fc.oneof(
    {depthSize: 'small'},
    risky,
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value')),
    fc.dictionary(risky, tie('value'), {noNullPrototype: true}),
  ),
})).value;

test('the output is the same JSON value with nothing an HTML parser can act on', () => {
  fc.assert(
    fc.property(data, (value) => {
      const text = toJsonScript(value);
      assert.doesNotMatch(text, /[<>&\u2028\u2029]/);
      assert.deepEqual(JSON.parse(text), value);
    }),
    {seed: 20261125, numRuns: 2000},
  );
});

test('a clinic text with </script> stays inside the script', () => {
  const text = toJsonScript({clinic: 'Riverside</script><script>alert(1)</script><!--'});
  assert.equal(text, '{"clinic":"Riverside\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e\\u003c!--"}');
});

test('a value JSON cannot write is a clear error, not the text "undefined"', () => {
  assert.throws(() => toJsonScript(undefined), /cannot be written as JSON/);
});
