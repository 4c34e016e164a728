import { fieldOfHeader, labelLocaleOf, valueLabel, valueOfLabel } from '../customer-labels.js';

describe('customer label table', () => {
  it('reads the template headers in simplified, traditional and English forms', () => {
    expect(fieldOfHeader('客戶編號')).toBe('code');
    expect(fieldOfHeader('客户编号')).toBe('code');
    expect(fieldOfHeader('聯系人')).toBe('contact.name');
    expect(fieldOfHeader('聯繫人')).toBe('contact.name');
    expect(fieldOfHeader(' 手機號碼 ')).toBe('contact.phone');
    expect(fieldOfHeader('Region')).toBe('region');
    expect(fieldOfHeader('區域')).toBe('region');
    expect(fieldOfHeader('喜歡的顏色')).toBeUndefined();
  });

  it('reads list values from their labels in either script', () => {
    expect(valueOfLabel('industry', '互聯網')).toBe('internet');
    expect(valueOfLabel('industry', '互联网')).toBe('internet');
    expect(valueOfLabel('type', '企業')).toBe('enterprise');
    expect(valueOfLabel('status', '潛在客戶')).toBe('prospect');
    expect(valueOfLabel('source', '展会')).toBe('exhibition');
    expect(valueOfLabel('region', '華北')).toBe('HB');
    expect(valueOfLabel('industry', 'internet')).toBe('internet');
    expect(valueOfLabel('industry', '航天')).toBeUndefined();
  });

  it('prints labels in the locale Accept-Language asks for', () => {
    expect(labelLocaleOf('zh-TW,zh;q=0.9')).toBe('zh-Hant');
    expect(labelLocaleOf('zh-Hant-HK')).toBe('zh-Hant');
    expect(labelLocaleOf('zh-CN')).toBe('zh-Hans');
    expect(labelLocaleOf(undefined)).toBe('en');
    expect(valueLabel('status', 'won', 'zh-Hant')).toBe('成交客戶');
    expect(valueLabel('industry', 'aerospace', 'zh-Hans')).toBe('aerospace');
  });
});
