import { MEASURE_TIME_UNITS, type MeasurePoint, type MetricMeasure } from '@safar/core';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { useT } from '../../i18n/useT';
import type { MapEditor } from '../useMapEditor';

const KINDS = ['conversion', 'drop-off', 'persons', 'median-time'] as const;
type Kind = (typeof KINDS)[number];

/** Select values: a point as `stage:<id>` or `touchpoint:<id>` (ids have no colon of their own meaning). */
const pointValue = (point: MeasurePoint) =>
  point.kind === 'stage' ? `stage:${point.stageId}` : `touchpoint:${point.touchpointId}`;
function pointOf(value: string): MeasurePoint | null {
  const [kind, ...rest] = value.split(':');
  const id = rest.join(':');
  if (!id) return null;
  return kind === 'stage' ? { kind: 'stage', stageId: id } : { kind: 'touchpoint', touchpointId: id };
}

function measureOf(
  kind: Kind,
  from: MeasurePoint,
  to: MeasurePoint,
  previous?: MetricMeasure,
): MetricMeasure {
  if (kind === 'persons') return { kind, at: from };
  if (kind === 'median-time')
    return { kind, from, to, unit: previous?.kind === 'median-time' ? previous.unit : 'hour' };
  return { kind, from, to };
}

/**
 * A KPI's machine-readable definition (metric-measure.ts): what to compute and between which of
 * the map's stages or measurable touchpoints (those on the map with an event matcher), so the
 * living map can show its actual value.
 */
export function MetricMeasureEditor({
  editor,
  workspaceId,
  measure,
  onChange,
}: {
  editor: MapEditor;
  workspaceId: string;
  measure: MetricMeasure | undefined;
  onChange: (measure: MetricMeasure | undefined) => void;
}) {
  const t = useT();
  const catalogue = useQuery({
    queryKey: ['touchpoints', workspaceId],
    queryFn: () => api.touchpoints(workspaceId),
  });
  const { map } = editor;
  const placed = new Set(
    Object.values(map.cells).flatMap((row) =>
      Object.values(row).flatMap((cell) => (cell.shape === 'touchpoints' ? cell.touchpointIds : [])),
    ),
  );
  const touchpoints = (catalogue.data?.items ?? [])
    .map(({ touchpoint }) => touchpoint)
    .filter((touchpoint) => touchpoint.eventMatcher && placed.has(touchpoint.id));
  const points: MeasurePoint[] = [
    ...map.stages.map((stage): MeasurePoint => ({ kind: 'stage', stageId: stage.id })),
    ...touchpoints.map((touchpoint): MeasurePoint => ({ kind: 'touchpoint', touchpointId: touchpoint.id })),
  ];
  const [first, last] = [points[0], points.at(-1)];
  const from = measure ? (measure.kind === 'persons' ? measure.at : measure.from) : first;
  const to = measure && measure.kind !== 'persons' ? measure.to : last;

  const options = (
    <>
      <optgroup label={t('editor.measureStages')}>
        {map.stages.map((stage) => (
          <option key={stage.id} value={`stage:${stage.id}`}>
            {stage.name}
          </option>
        ))}
      </optgroup>
      <optgroup label={t('editor.measureTouchpoints')}>
        {touchpoints.map((touchpoint) => (
          <option key={touchpoint.id} value={`touchpoint:${touchpoint.id}`}>
            {touchpoint.name}
          </option>
        ))}
      </optgroup>
    </>
  );
  const pointSelect = (
    label: string,
    point: MeasurePoint | undefined,
    set: (point: MeasurePoint) => void,
  ) => (
    <label>
      {label}
      <select
        value={point ? pointValue(point) : ''}
        onChange={(event) => {
          const next = pointOf(event.target.value);
          if (next) set(next);
        }}
      >
        {options}
      </select>
    </label>
  );

  return (
    <fieldset className="measure-editor" data-testid="measure-editor">
      <legend>{t('editor.measure')}</legend>
      <label>
        {t('editor.measureKind')}
        <select
          value={measure?.kind ?? ''}
          onChange={(event) => {
            const kind = KINDS.find((candidate) => candidate === event.target.value);
            onChange(kind && from && to ? measureOf(kind, from, to, measure) : undefined);
          }}
        >
          <option value="">{t('editor.measureKindNone')}</option>
          {KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`editor.measureKind.${kind}`)}
            </option>
          ))}
        </select>
      </label>
      {measure && from && to ? (
        <>
          {pointSelect(
            measure.kind === 'persons' ? t('editor.measureAt') : t('editor.measureFrom'),
            from,
            (point) => onChange(measureOf(measure.kind, point, to, measure)),
          )}
          {measure.kind === 'persons'
            ? null
            : pointSelect(t('editor.measureTo'), to, (point) =>
                onChange(measureOf(measure.kind, from, point, measure)),
              )}
          {measure.kind === 'median-time' ? (
            <label>
              {t('editor.measureUnit')}
              <select
                value={measure.unit}
                onChange={(event) =>
                  onChange({
                    ...measure,
                    unit: MEASURE_TIME_UNITS.find((unit) => unit === event.target.value) ?? measure.unit,
                  })
                }
              >
                {MEASURE_TIME_UNITS.map((unit) => (
                  <option key={unit} value={unit}>
                    {t(`editor.timeUnit.${unit}`)}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
        </>
      ) : null}
    </fieldset>
  );
}
