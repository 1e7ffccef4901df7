import type { Persona } from '@safar/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../api/client';
import { PersonaCoverage } from '../binding/CoverageLine';
import { channelGlyph } from '../editor/channel-icons';
import { useFormat } from '../i18n/useFormat';
import { useT } from '../i18n/useT';
import { PersonaForm } from './PersonaForm';

/** The persona studio: persona cards, and a form with every field to create or edit one. */
export function PersonasPage({ workspaceId }: { workspaceId: string }) {
  const t = useT();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const list = useQuery({ queryKey: ['personas', workspaceId], queryFn: () => api.personas(workspaceId) });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['personas', workspaceId] });
  const create = useMutation({
    mutationFn: (body: Record<string, unknown>) => api.createPersona(workspaceId, body),
    onSuccess: async () => {
      setCreating(false);
      await refresh();
    },
  });
  const replace = useMutation({
    mutationFn: ({ id, revision, body }: { id: string; revision: number; body: Record<string, unknown> }) =>
      api.replacePersona(workspaceId, id, revision, body),
    onSuccess: async () => {
      setEditing(null);
      await refresh();
    },
  });
  const remove = useMutation({
    mutationFn: (id: string) => api.deletePersona(workspaceId, id),
    onSuccess: refresh,
  });

  return (
    <section className="panel" aria-labelledby="personas-heading">
      <div className="panel-header">
        <h1 id="personas-heading">{t('persona.heading')}</h1>
        <button type="button" onClick={() => setCreating(true)} data-testid="new-persona">
          + {t('persona.new')}
        </button>
      </div>
      {creating ? (
        <PersonaForm
          workspaceId={workspaceId}
          onSubmit={(body) => create.mutate(body)}
          onCancel={() => setCreating(false)}
          error={create.error?.message ?? null}
        />
      ) : null}
      {remove.error ? (
        <p role="alert" className="error">
          {remove.error.message}
        </p>
      ) : null}
      <ul className="persona-cards">
        {list.data?.items.map(({ persona, revision }) =>
          editing === persona.id ? (
            <li key={persona.id} className="persona-card editing">
              <PersonaForm
                workspaceId={workspaceId}
                initial={persona}
                onSubmit={(body) => replace.mutate({ id: persona.id, revision, body })}
                onCancel={() => setEditing(null)}
                error={replace.error?.message ?? null}
              />
            </li>
          ) : (
            <PersonaCard
              key={persona.id}
              workspaceId={workspaceId}
              revision={revision}
              persona={persona}
              onEdit={() => setEditing(persona.id)}
              onDelete={() => remove.mutate(persona.id)}
            />
          ),
        )}
      </ul>
    </section>
  );
}

function PersonaCard({
  workspaceId,
  revision,
  persona,
  onEdit,
  onDelete,
}: {
  workspaceId: string;
  revision: number;
  persona: Persona;
  onEdit: () => void;
  onDelete: () => void;
}) {
  const t = useT();
  const format = useFormat();
  const { ageRange, occupation, location } = persona.demographics;
  return (
    <li className="persona-card" data-testid="persona-card">
      <div className="persona-top">
        {persona.avatarUrl ? (
          <img
            className="avatar"
            src={persona.avatarUrl}
            alt={t('persona.avatarOf', { name: persona.name })}
          />
        ) : (
          <span className="avatar placeholder" aria-hidden="true">
            {persona.name.slice(0, 1)}
          </span>
        )}
        <div>
          <h2 dir="auto">{persona.name}</h2>
          <p className="muted" dir="auto">
            {[
              occupation,
              location,
              ageRange
                ? t('persona.ageRange', {
                    min: format.number(ageRange.min),
                    max: format.number(ageRange.max),
                  })
                : '',
            ]
              .filter(Boolean)
              .join(' · ')}
          </p>
        </div>
      </div>
      <PersonaCoverage workspaceId={workspaceId} personaId={persona.id} revision={revision} />
      {persona.quote ? <blockquote dir="auto">{persona.quote}</blockquote> : null}
      {persona.description ? <p dir="auto">{persona.description}</p> : null}
      <PersonaList title={t('persona.goals')} items={persona.goals} />
      <PersonaList title={t('persona.frustrations')} items={persona.frustrations} />
      <PersonaList title={t('persona.expectations')} items={persona.expectations} />
      {persona.preferredChannels.length ? (
        <p className="chips" aria-label={t('persona.preferredChannels')}>
          {persona.preferredChannels.map((channel) => (
            <span key={channel} className="chip">
              <span aria-hidden="true">{channelGlyph(channel)}</span> {t(`channel.${channel}`)}
            </span>
          ))}
        </p>
      ) : null}
      <div className="row-actions">
        <button type="button" onClick={onEdit} aria-label={t('common.editNamed', { name: persona.name })}>
          {t('common.edit')}
        </button>
        <button type="button" onClick={onDelete} aria-label={t('common.deleteNamed', { name: persona.name })}>
          {t('common.delete')}
        </button>
      </div>
    </li>
  );
}

function PersonaList({ title, items }: { title: string; items: readonly string[] }) {
  if (items.length === 0) return null;
  return (
    <div>
      <h3>{title}</h3>
      <ul>
        {items.map((item) => (
          <li key={item} dir="auto">
            {item}
          </li>
        ))}
      </ul>
    </div>
  );
}
