import { defineMessages } from '../../../shell/i18n.js';

/** Words every admin page's shared controls use (the confirmation, the reason). */
export const commonMessages = defineMessages({
  en: { confirm: 'Confirm', cancel: 'Cancel', reason: 'Reason' },
  zh: { confirm: '确认', cancel: '取消', reason: '原因' },
  'zh-Hant': { confirm: '確認', cancel: '取消', reason: '原因' },
});
