/** `<iop-conversation-guide>`: defines the element. Loaded by iop-family.js when the tag appears, or on its own. */
import {IopConversationGuide} from '../components/conversation-guide/conversation-guide.js';
import {defineElements} from '../define.js';
import {addLocaleParts} from '../shared/localization.js';

export {IopConversationGuide};
export type {GuideChangeDetail} from '../components/conversation-guide/conversation-guide.js';
export type {ConversationGuideClinicData, Scenario, StepId} from '../components/conversation-guide/conversation-guide.types.js';

addLocaleParts('conversation-guide', {es: () => import('../generated/locales/es-conversation-guide.js')});
defineElements({'iop-conversation-guide': IopConversationGuide});

declare global {
  interface HTMLElementTagNameMap {
    'iop-conversation-guide': IopConversationGuide;
  }
}
