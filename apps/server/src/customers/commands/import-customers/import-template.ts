import ExcelJS from 'exceljs';
import { stringify } from 'csv-stringify/sync';
import { fieldLabel, VALUE_LABELS, valueLabel, type LabelledField, type LabelledList, type LabelLocale } from '#domain';

/** The template's columns: the seed's table 1 (客戶基本信息表), then company size, source, notes and the region the code starts with. */
const TEMPLATE_FIELDS: readonly LabelledField[] = [
  'code',
  'name',
  'contact.name',
  'contact.phone',
  'contact.email',
  'industry',
  'type',
  'firstContactAt',
  'ownerId',
  'status',
  'size',
  'source',
  'region',
  'notes',
];

const LIST_OF: Partial<Record<LabelledField, LabelledList>> = {
  industry: 'industry',
  type: 'type',
  status: 'status',
  size: 'size',
  source: 'source',
  region: 'region',
};

const EXAMPLE_TEXT: Record<LabelLocale, Partial<Record<LabelledField, string>>> = {
  'zh-Hans': { name: '北京科技有限公司', 'contact.name': '张先生', notes: '决策人为采购部' },
  'zh-Hant': { name: '北京科技有限公司', 'contact.name': '張先生', notes: '決策人為採購部' },
  en: { name: 'Beijing Technology Co., Ltd.', 'contact.name': 'Mr Zhang', notes: 'The purchasing department decides' },
};

const EXAMPLE_VALUES: Partial<Record<LabelledField, string>> = {
  code: 'HB-IT-2024-001',
  'contact.phone': '13800138000',
  'contact.email': 'zhang@example.com',
  industry: 'internet',
  type: 'enterprise',
  firstContactAt: '2024-01-15',
  status: 'qualified',
  size: 'medium',
  source: 'exhibition',
  region: 'HB',
};

/** Rows the dropdowns cover: far more than a sheet people fill by hand. */
const VALIDATED_ROWS = 10_000;

export interface TemplateOptions {
  locale: LabelLocale;
  industries: readonly string[];
  /** The example row's owner: the user downloading the template. */
  ownerUsername: string;
}

function choicesOf(list: LabelledList, options: TemplateOptions): string[] {
  const codes = list === 'industry' ? options.industries : Object.keys(VALUE_LABELS[list]);
  return codes.map((code) => valueLabel(list, code, options.locale));
}

function exampleRow(options: TemplateOptions): string[] {
  return TEMPLATE_FIELDS.map((field) => {
    if (field === 'ownerId') return options.ownerUsername;
    const list = LIST_OF[field];
    const value = EXAMPLE_TEXT[options.locale][field] ?? EXAMPLE_VALUES[field] ?? '';
    return list ? valueLabel(list, value, options.locale) : value;
  });
}

const headersOf = (locale: LabelLocale) => TEMPLATE_FIELDS.map((field) => fieldLabel(field, locale));

/** The template as CSV: UTF-8 with a BOM, so that Excel opens the Chinese headers as written. */
export function templateCsv(options: TemplateOptions): Buffer {
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(stringify([headersOf(options.locale), exampleRow(options)]), 'utf8')]);
}

/** The template as XLSX: headers, the example row, and a dropdown of labels on each list column (the lists on a hidden sheet). */
export async function templateXlsx(options: TemplateOptions): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(options.locale === 'en' ? 'Customers' : options.locale === 'zh-Hant' ? '客戶' : '客户');
  const lists = workbook.addWorksheet('Lists', { state: 'hidden' });
  sheet.addRow(headersOf(options.locale)).font = { bold: true };
  sheet.addRow(exampleRow(options));
  sheet.columns.forEach((column) => (column.width = 16));
  // Typed cell by cell only; ranges are what the workbook stores.
  const validations = (sheet as unknown as { dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void } }).dataValidations;
  let listColumn = 0;
  TEMPLATE_FIELDS.forEach((field, index) => {
    const list = LIST_OF[field];
    if (!list) return;
    listColumn++;
    const choices = choicesOf(list, options);
    choices.forEach((choice, row) => (lists.getCell(row + 1, listColumn).value = choice));
    const letter = lists.getColumn(listColumn).letter;
    const column = sheet.getColumn(index + 1).letter;
    validations.add(`${column}2:${column}${VALIDATED_ROWS + 1}`, {
      type: 'list',
      allowBlank: true,
      formulae: [`Lists!$${letter}$1:$${letter}$${choices.length}`],
      showErrorMessage: true,
      error: options.locale === 'en' ? 'Choose a value from the list' : '请从列表中选择',
    });
  });
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
