import { useId } from 'react';

/** One bar of a chart: its label, and one value per series. */
export interface ChartRow {
  label: string;
  values: number[];
}

export interface Series {
  name: string;
  /** A class that colours the bar (`bar-a`, `bar-b`); the legend and the table say the same in words. */
  className: string;
}

/**
 * A horizontal bar chart in SVG, without a chart library. The picture is `role="img"` with a title and a
 * short description; the figures themselves are in the table under it (the text alternative), so a screen
 * reader user reads the table and nobody depends on colour: every bar is also labelled with its value.
 */
export function BarChart(props: {
  title: string;
  description: string;
  rows: ChartRow[];
  series: Series[];
  format: (value: number) => string;
  /** The heading of the label column of the table. */
  labelHeader: string;
}) {
  const id = useId();
  const max = Math.max(1, ...props.rows.flatMap((r) => r.values));
  const barHeight = 18;
  const gap = 4;
  const groupHeight = props.series.length * (barHeight + gap) + 14;
  const labelWidth = 280;
  const valueWidth = 150;
  const plotWidth = 420;
  const width = labelWidth + plotWidth + valueWidth;
  const height = Math.max(groupHeight * props.rows.length, groupHeight);
  return (
    <figure className="chart" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`}>{props.title}</figcaption>
      {props.series.length > 1 ? (
        <ul className="chart-legend">
          {props.series.map((s) => (
            <li key={s.name}>
              <span className={`legend-swatch ${s.className}`} aria-hidden="true" /> {s.name}
            </li>
          ))}
        </ul>
      ) : null}
      <svg
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        preserveAspectRatio="xMinYMin meet"
        className="chart-svg"
      >
        <title id={`${id}-title`}>{props.title}</title>
        <desc id={`${id}-desc`}>{props.description}</desc>
        {props.rows.map((row, i) => {
          const y0 = i * groupHeight;
          return (
            <g key={`${row.label}-${i}`}>
              <text x={0} y={y0 + barHeight} className="chart-label">
                {row.label.length > 32 ? `${row.label.slice(0, 31)}…` : row.label}
              </text>
              {row.values.map((v, j) => {
                const w = Math.max(v > 0 ? 2 : 0, (v / max) * plotWidth);
                const y = y0 + j * (barHeight + gap);
                return (
                  <g key={props.series[j]?.name ?? j}>
                    <rect
                      x={labelWidth}
                      y={y + 4}
                      width={w}
                      height={barHeight}
                      className={props.series[j]?.className}
                    />
                    <text x={labelWidth + w + 6} y={y + barHeight} className="chart-value">
                      {props.format(v)}
                    </text>
                  </g>
                );
              })}
            </g>
          );
        })}
      </svg>
      <table className="table chart-table">
        <caption className="visually-hidden">{props.title}</caption>
        <thead>
          <tr>
            <th scope="col">{props.labelHeader}</th>
            {props.series.map((s) => (
              <th scope="col" className="num" key={s.name}>
                {s.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row, i) => (
            <tr key={`${row.label}-${i}`}>
              <th scope="row">{row.label}</th>
              {row.values.map((v, j) => (
                <td className="num" key={props.series[j]?.name ?? j}>
                  {props.format(v)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

/** A progress bar with its figures in words (an indicator against its target, aid against a ceiling). */
export function ProgressBar({
  label,
  value,
  max,
  text,
}: {
  label: string;
  value: number;
  max: number;
  text: string;
}) {
  const pct = max > 0 ? Math.min(100, Math.max(0, (value / max) * 100)) : 0;
  return (
    <div className="progress">
      <div
        className="progress-track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={max}
        aria-valuenow={Math.min(value, max)}
        aria-valuetext={text}
      >
        <div className="progress-fill" style={{ width: `${pct}%` }} />
      </div>
      <span className="progress-text">{text}</span>
    </div>
  );
}
