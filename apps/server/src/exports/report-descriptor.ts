import type { LabelledField, LabelledList, LabelLocale } from '#domain';

/** Text in each label locale (report titles; column headers come from the label table). */
export type LocalizedText = Readonly<Record<LabelLocale, string>>;

/**
 * How a column's values are written: `money` is stored in minor units and shown in yuan with two
 * decimals; `ratio` is a share 0..1 shown as a percentage; `datetime` is an ISO instant shown in the
 * deployment's time zone.
 */
export type ColumnKind = 'text' | 'integer' | 'decimal' | 'ratio' | 'money' | 'datetime';

export interface ReportColumn {
  /** The row's key, and the CSV header in English (today's machine names). */
  readonly key: string;
  readonly label: LabelledField;
  readonly kind: ColumnKind;
  /** The closed list the values come from: shown with their labels. */
  readonly list?: LabelledList;
  /** A measure of one stage: such columns are melted into the pivot sheet, one row per stage × measure. */
  readonly pivot?: { readonly stage: string; readonly measure: string };
}

export type ChartKind = 'funnel' | 'pie' | 'line' | 'bar';

/** Which columns a chart plots: `category` along the axis (or the slices), `value` as the measure, one line per `series`. */
interface ChartDescriptor {
  readonly kind: ChartKind;
  readonly category: string;
  readonly value: string;
  readonly series?: string;
  /** The categories plotted, in this order (the funnel's stages, without churned); all when absent. */
  readonly only?: readonly string[];
}

/** Lists of the pivot sheet's stage and measure columns (their labels). */
interface PivotDescriptor {
  readonly stages: LabelledList;
  readonly measures: LabelledList;
}

/** A report as every renderer (CSV, XLSX, PDF) takes it, with its rows beside it. */
export interface ReportDescriptor {
  /** File name, without extension. */
  readonly name: string;
  readonly title: LocalizedText;
  readonly columns: readonly ReportColumn[];
  readonly chart?: ChartDescriptor;
  readonly pivot?: PivotDescriptor;
  /** The columns a PDF prints (an A4 page holds about eight); all when absent. */
  readonly pdfColumns?: readonly string[];
}

export type ReportRow = Readonly<Record<string, unknown>>;
