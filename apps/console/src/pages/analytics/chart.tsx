import { useEffect, useRef } from 'preact/hooks';
import { useLocale, useT } from '../../shell/i18n.js';
import { saveFile } from '../../shell/save-file.js';
import { echarts, type ChartOption } from './echarts.js';
import { analyticsMessages } from './messages.js';

interface ChartProps {
  option: ChartOption;
  /** The PNG's filename without extension, and the chart's test id. */
  name: string;
  height?: number;
}

/** An ECharts canvas that follows its box's size, with a PNG export of what it draws. */
export function Chart({ option, name, height = 340 }: ChartProps) {
  const t = useT(analyticsMessages);
  const { locale } = useLocale();
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | undefined>(undefined);

  useEffect(() => {
    if (!box.current) return;
    const instance = echarts.init(box.current, undefined, { renderer: 'canvas', locale: locale === 'en' ? 'EN' : 'ZH' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(box.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = undefined;
    };
  }, [locale]);

  useEffect(() => {
    chart.current?.setOption({ aria: { enabled: true }, animation: false, ...option }, true);
  }, [option, locale]);

  const exportPng = () => {
    if (!chart.current) return;
    saveFile(pngOf(chart.current.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#ffffff' })), `${name}.png`);
  };

  return (
    <figure class="chart">
      <div ref={box} class="chart-canvas" style={{ height: `${height}px` }} data-testid={`chart-${name}`} />
      <figcaption class="toolbar">
        <button type="button" onClick={exportPng}>
          {t('exportPng')}
        </button>
      </figcaption>
    </figure>
  );
}

/** The PNG of a `data:image/png;base64,…` URL (decoded here: the CSP lets fetch reach this origin only). */
function pngOf(dataUrl: string): Blob {
  const binary = atob(dataUrl.slice(dataUrl.indexOf(',') + 1));
  return new Blob([Uint8Array.from(binary, (char) => char.charCodeAt(0))], { type: 'image/png' });
}
