import { CHANNEL_KEYS, type ChannelKey, type Persona } from '@safar/core';
import { useState, type FormEvent } from 'react';
import { useT } from '../i18n/useT';
import { TextField } from './TextField';
import { RuleCoverage } from '../binding/CoverageLine';
import { segmentDraft } from '../binding/filter-rows';
import { filterOf, PropertyFiltersEditor, rowOf, type FilterRow } from './PropertyFiltersEditor';

export const AVATAR_TYPES = ['image/png', 'image/jpeg', 'image/webp', 'image/gif'];
export const AVATAR_MAX_BYTES = 512 * 1024;

const LIST_FIELDS = [
  'goals',
  'motivations',
  'frustrations',
  'expectations',
  'needs',
  'behaviourPatterns',
] as const;
const DEMOGRAPHIC_FIELDS = ['gender', 'location', 'occupation', 'income', 'education', 'family'] as const;
const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** Every field of a persona, one form; lists are one item per line. */
export function PersonaForm({
  workspaceId,
  initial,
  onSubmit,
  onCancel,
  error,
}: {
  workspaceId: string;
  initial?: Persona;
  onSubmit: (persona: Record<string, unknown>) => void;
  onCancel?: () => void;
  error?: string | null;
}) {
  const t = useT();
  const [name, setName] = useState(initial?.name ?? '');
  const [avatarUrl, setAvatarUrl] = useState<string | null>(initial?.avatarUrl ?? null);
  const [avatarError, setAvatarError] = useState<string | null>(null);
  const [quote, setQuote] = useState(initial?.quote ?? '');
  const [description, setDescription] = useState(initial?.description ?? '');
  const [ageMin, setAgeMin] = useState(initial?.demographics.ageRange?.min.toString() ?? '');
  const [ageMax, setAgeMax] = useState(initial?.demographics.ageRange?.max.toString() ?? '');
  const [demographics, setDemographics] = useState<Record<(typeof DEMOGRAPHIC_FIELDS)[number], string>>({
    gender: initial?.demographics.gender ?? '',
    location: initial?.demographics.location ?? '',
    occupation: initial?.demographics.occupation ?? '',
    income: initial?.demographics.income ?? '',
    education: initial?.demographics.education ?? '',
    family: initial?.demographics.family ?? '',
  });
  const [lists, setLists] = useState<Record<(typeof LIST_FIELDS)[number], string>>({
    goals: initial?.goals.join('\n') ?? '',
    motivations: initial?.motivations.join('\n') ?? '',
    frustrations: initial?.frustrations.join('\n') ?? '',
    expectations: initial?.expectations.join('\n') ?? '',
    needs: initial?.needs.join('\n') ?? '',
    behaviourPatterns: initial?.behaviourPatterns.join('\n') ?? '',
  });
  const [values, setValues] = useState(initial?.psychographics.values.join('\n') ?? '');
  const [interests, setInterests] = useState(initial?.psychographics.interests.join('\n') ?? '');
  const [lifestyle, setLifestyle] = useState(initial?.psychographics.lifestyle ?? '');
  const [traits, setTraits] = useState(initial?.psychographics.personality ?? []);
  const [channels, setChannels] = useState<ChannelKey[]>(initial?.preferredChannels ?? []);
  const [technologyUse, setTechnologyUse] = useState(initial?.technologyUse ?? '');
  const [purchaseHistory, setPurchaseHistory] = useState(initial?.purchaseHistory ?? '');
  const [customFields, setCustomFields] = useState(initial?.customFields ?? []);
  const [segmentMatch, setSegmentMatch] = useState<'all' | 'any'>(initial?.segmentRule.match ?? 'all');
  const [segmentRows, setSegmentRows] = useState<FilterRow[]>(
    initial?.segmentRule.conditions.map(rowOf) ?? [],
  );

  const readAvatar = (file: File | undefined) => {
    setAvatarError(null);
    if (!file) return;
    if (!AVATAR_TYPES.includes(file.type)) return setAvatarError(t('persona.avatarType'));
    if (file.size > AVATAR_MAX_BYTES)
      return setAvatarError(t('persona.avatarSize', { max: AVATAR_MAX_BYTES / 1024 }));
    const reader = new FileReader();
    reader.onload = () => setAvatarUrl(typeof reader.result === 'string' ? reader.result : null);
    reader.readAsDataURL(file);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit({
      ...(initial ?? {}),
      name,
      avatarUrl,
      quote,
      description,
      demographics: {
        ...demographics,
        ageRange: ageMin !== '' && ageMax !== '' ? { min: Number(ageMin), max: Number(ageMax) } : null,
      },
      psychographics: { values: lines(values), interests: lines(interests), lifestyle, personality: traits },
      ...Object.fromEntries(LIST_FIELDS.map((field) => [field, lines(lists[field])])),
      preferredChannels: channels,
      technologyUse,
      purchaseHistory,
      customFields,
      segmentRule: { match: segmentMatch, conditions: segmentRows.map(filterOf) },
    });
  };

  return (
    <form className="entity-form" onSubmit={submit} data-testid="persona-form">
      <TextField label={t('persona.name')} value={name} onChange={setName} required />
      <label>
        {t('persona.avatar')}
        <input
          type="file"
          accept={AVATAR_TYPES.join(',')}
          onChange={(event) => readAvatar(event.target.files?.[0])}
        />
        {avatarError ? (
          <span role="alert" className="error">
            {avatarError}
          </span>
        ) : null}
        {avatarUrl ? <img className="avatar" src={avatarUrl} alt={t('persona.avatarOf', { name })} /> : null}
      </label>
      <TextField label={t('persona.quote')} value={quote} onChange={setQuote} wide />
      <TextField
        label={t('persona.description')}
        value={description}
        onChange={setDescription}
        multiline
        wide
      />
      <fieldset className="wide">
        <legend>{t('persona.demographics')}</legend>
        <label>
          {t('persona.ageMin')}
          <input
            type="number"
            min={0}
            max={120}
            value={ageMin}
            onChange={(event) => setAgeMin(event.target.value)}
          />
        </label>
        <label>
          {t('persona.ageMax')}
          <input
            type="number"
            min={0}
            max={120}
            value={ageMax}
            onChange={(event) => setAgeMax(event.target.value)}
          />
        </label>
        {DEMOGRAPHIC_FIELDS.map((field) => (
          <label key={field}>
            {t(`persona.${field}`)}
            <input
              value={demographics[field]}
              dir="auto"
              onChange={(event) => setDemographics({ ...demographics, [field]: event.target.value })}
            />
          </label>
        ))}
      </fieldset>
      <fieldset className="wide">
        <legend>{t('persona.psychographics')}</legend>
        <TextField label={t('persona.values')} value={values} onChange={setValues} multiline rows={3} />
        <TextField
          label={t('persona.interests')}
          value={interests}
          onChange={setInterests}
          multiline
          rows={3}
        />
        <TextField label={t('persona.lifestyle')} value={lifestyle} onChange={setLifestyle} wide />
        {traits.map((trait, index) => (
          <div key={index} className="trait-row wide">
            <input
              aria-label={t('persona.traitLow')}
              value={trait.low}
              dir="auto"
              onChange={(event) => setTraits(traits.with(index, { ...trait, low: event.target.value }))}
            />
            <input
              type="range"
              min={0}
              max={100}
              value={trait.value}
              aria-label={t('persona.traitValue', { low: trait.low, high: trait.high })}
              onChange={(event) =>
                setTraits(traits.with(index, { ...trait, value: Number(event.target.value) }))
              }
            />
            <input
              aria-label={t('persona.traitHigh')}
              value={trait.high}
              dir="auto"
              onChange={(event) => setTraits(traits.with(index, { ...trait, high: event.target.value }))}
            />
            <button
              type="button"
              aria-label={t('persona.removeTrait')}
              onClick={() => setTraits(traits.filter((_, other) => other !== index))}
            >
              ×
            </button>
          </div>
        ))}
        <button
          type="button"
          onClick={() =>
            setTraits([
              ...traits,
              { low: t('persona.traitLowDefault'), high: t('persona.traitHighDefault'), value: 50 },
            ])
          }
        >
          + {t('persona.addTrait')}
        </button>
      </fieldset>
      {LIST_FIELDS.map((field) => (
        <label key={field}>
          {t(`persona.${field}`)}
          <textarea
            value={lists[field]}
            dir="auto"
            rows={3}
            placeholder={t('persona.onePerLine')}
            onChange={(event) => setLists({ ...lists, [field]: event.target.value })}
          />
        </label>
      ))}
      <fieldset className="wide">
        <legend>{t('persona.preferredChannels')}</legend>
        <div className="checkbox-grid">
          {CHANNEL_KEYS.map((key) => (
            <label key={key} className="checkbox">
              <input
                type="checkbox"
                checked={channels.includes(key)}
                onChange={(event) =>
                  setChannels(
                    event.target.checked ? [...channels, key] : channels.filter((other) => other !== key),
                  )
                }
              />
              {t(`channel.${key}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <TextField
        label={t('persona.technologyUse')}
        value={technologyUse}
        onChange={setTechnologyUse}
        multiline
      />
      <TextField
        label={t('persona.purchaseHistory')}
        value={purchaseHistory}
        onChange={setPurchaseHistory}
        multiline
      />
      <fieldset className="wide">
        <legend>{t('persona.customFields')}</legend>
        {customFields.map((field, index) => (
          <div key={index} className="trait-row wide">
            <input
              aria-label={t('persona.customLabel')}
              placeholder={t('persona.customLabel')}
              value={field.label}
              dir="auto"
              onChange={(event) =>
                setCustomFields(customFields.with(index, { ...field, label: event.target.value }))
              }
            />
            <input
              aria-label={t('persona.customValue')}
              placeholder={t('persona.customValue')}
              value={field.value}
              dir="auto"
              onChange={(event) =>
                setCustomFields(customFields.with(index, { ...field, value: event.target.value }))
              }
            />
            <button
              type="button"
              aria-label={t('persona.removeCustomField')}
              onClick={() => setCustomFields(customFields.filter((_, other) => other !== index))}
            >
              ×
            </button>
          </div>
        ))}
        <button type="button" onClick={() => setCustomFields([...customFields, { label: '', value: '' }])}>
          + {t('persona.addCustomField')}
        </button>
      </fieldset>
      <fieldset className="wide" data-testid="segment-rule">
        <legend>{t('persona.segmentRule')}</legend>
        <p className="muted wide">{t('persona.segmentRuleHelp')}</p>
        <label>
          {t('persona.segmentMatch')}
          <select
            value={segmentMatch}
            onChange={(event) => setSegmentMatch(event.target.value === 'any' ? 'any' : 'all')}
          >
            <option value="all">{t('persona.matchAll')}</option>
            <option value="any">{t('persona.matchAny')}</option>
          </select>
        </label>
        <div className="wide">
          <PropertyFiltersEditor
            rows={segmentRows}
            onChange={setSegmentRows}
            source={{ kind: 'traits', workspaceId }}
          />
        </div>
        <RuleCoverage workspaceId={workspaceId} rule={segmentDraft(segmentMatch, segmentRows)} />
      </fieldset>
      {error ? (
        <p role="alert" className="error wide">
          {error}
        </p>
      ) : null}
      <div className="form-actions wide">
        <button type="submit">{initial ? t('common.save') : t('persona.create')}</button>
        {onCancel ? (
          <button type="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
