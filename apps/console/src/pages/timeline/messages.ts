import { defineMessages } from '../../shell/i18n.js';

export const timelineMessages = defineMessages({
  en: { nav: 'Timeline', title: 'Timeline' },
  zh: { nav: '时间线', title: '时间线' },
  'zh-Hant': { nav: '時間線', title: '時間線' },
});
