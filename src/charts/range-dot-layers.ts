import type { ChartLayers } from './layered-chart.ts';

type UnitLayer = Extract<ChartLayers[number], { mark: unknown }>;
type Encoding = NonNullable<UnitLayer['encoding']>;

/** Input of {@link rangeDotLayers}. */
export interface RangeDotLayersInput {
  /** Categories down the side (`horizontal`, the value axis across) or along the bottom (`vertical`). */
  orientation: 'horizontal' | 'vertical';
  /** The category channel: a nominal field, its sort and axis. */
  category: Encoding['y'];
  /** The value channel's field, type, scale and axis, on the band's lower end (`field` is that end). */
  value: Encoding['x'] & { field: string };
  /** Fields of each row: the band's upper end, the dot, the label text and where the label starts. */
  fields: { upper: string; point: string; label: string; labelAt: string };
  /** Colour of band and dot (a field encoding), the same for both. */
  color: Encoding['color'];
}

/**
 * The range dot Takumi's interval charts share: a pale band from a row's lower to its upper value,
 * a filled dot at its estimate and the estimate written beside it (right of the band when the value
 * axis runs across, right of the dot when it runs up; a label may hold a second line after `\n`),
 * so every interval reads the same way.
 */
export function rangeDotLayers(input: RangeDotLayersInput): ChartLayers {
  const { category, value, fields, color } = input;
  const across = input.orientation === 'horizontal';
  const at = (field: string) => ({ ...value, field });
  const place = (field: string) => (across ? { y: category, x: at(field) } : { x: category, y: at(field) });
  return [
    {
      mark: { type: 'bar', [across ? 'height' : 'width']: 12, cornerRadius: 3, opacity: 0.35 },
      encoding: { ...place(value.field), [across ? 'x2' : 'y2']: { field: fields.upper }, color },
    },
    {
      mark: { type: 'point', filled: true, size: 110, opacity: 1 },
      encoding: { ...place(fields.point), color },
    },
    {
      mark: { type: 'text', align: 'left', dx: across ? 8 : 12, lineBreak: '\n' },
      encoding: { ...place(fields.labelAt), text: { field: fields.label, type: 'nominal' } },
    },
  ];
}
