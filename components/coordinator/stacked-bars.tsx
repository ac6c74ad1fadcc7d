/**
 * A stacked bar chart drawn on the server as SVG: it shows without JavaScript and prints. The SVG is
 * hidden from screen readers; the same figures follow as a table they read (visually hidden).
 * Bars run across the page (vertical: one per day or week) or down it (horizontal: one per country).
 */
export type Series = { key: string; label: string; colour: string };
export type Bar = { label: string; values: Record<string, number> };

type Props = {
  id: string;
  caption: string;
  series: Series[];
  bars: Bar[];
  orientation: "vertical" | "horizontal";
  /** Header of the table's first column ("Date", "Country"), and of its last ("Total"). */
  labelHeader: string;
  totalHeader: string;
  format: (n: number) => string;
};

const sum = (bar: Bar, series: Series[]) => series.reduce((s, x) => s + (bar.values[x.key] ?? 0), 0);

export function StackedBars({ id, caption, series, bars, orientation, labelHeader, totalHeader, format }: Props) {
  const max = Math.max(1, ...bars.map((b) => sum(b, series)));
  const vertical = orientation === "vertical";
  const band = vertical ? Math.max(4, Math.min(24, Math.floor(640 / Math.max(1, bars.length)))) : 22;
  const length = vertical ? 180 : 420;
  const labelSpace = vertical ? 0 : 160;
  const width = vertical ? bars.length * band : labelSpace + length + 60;
  const height = vertical ? length + 24 : bars.length * band;
  const scale = (n: number) => (n / max) * length;
  return (
    <figure className="chart" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`}>{caption}</figcaption>
      <ul className="chart-legend" aria-hidden="true">
        {series.map((s) => (
          <li key={s.key}><span className="chart-swatch" style={{ background: s.colour }} />{s.label}</li>
        ))}
      </ul>
      <svg className="chart-svg" direction="ltr" viewBox={`0 0 ${width} ${height}`} width={width} height={height} aria-hidden="true" focusable="false">
        {bars.map((bar, i) => {
          let offset = 0;
          return (
            <g key={bar.label}>
              {vertical ? null : (
                <text x={labelSpace - 8} y={i * band + band / 2 + 4} textAnchor="end" className="chart-label">{bar.label}</text>
              )}
              {series.map((s) => {
                const v = bar.values[s.key] ?? 0;
                if (v === 0) return null;
                const size = scale(v);
                const rect = vertical
                  ? { x: i * band + 1, y: length - offset - size, width: band - 2, height: size }
                  : { x: labelSpace + offset, y: i * band + 3, width: size, height: band - 6 };
                offset += size;
                return <rect key={s.key} {...rect} fill={s.colour} />;
              })}
              {vertical ? null : (
                <text x={labelSpace + offset + 6} y={i * band + band / 2 + 4} className="chart-label">{format(sum(bar, series))}</text>
              )}
            </g>
          );
        })}
        {vertical && bars.length > 0 && (
          <>
            <text x={0} y={length + 18} className="chart-label">{bars[0].label}</text>
            <text x={width} y={length + 18} textAnchor="end" className="chart-label">{bars.at(-1)!.label}</text>
          </>
        )}
      </svg>
      <table className="visually-hidden">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{labelHeader}</th>
            {series.map((s) => <th key={s.key} scope="col">{s.label}</th>)}
            <th scope="col">{totalHeader}</th>
          </tr>
        </thead>
        <tbody>
          {bars.map((bar) => (
            <tr key={bar.label}>
              <th scope="row">{bar.label}</th>
              {series.map((s) => <td key={s.key}>{format(bar.values[s.key] ?? 0)}</td>)}
              <td>{format(sum(bar, series))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
