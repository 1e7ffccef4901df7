import { createId } from '@safar/core';
import { useState } from 'react';
import { useT } from '../i18n/useT';
import type { MapEditor } from './useMapEditor';

/** What the team has and what it needs to improve this journey (article 004). */
export function ResourcesPanel({ editor }: { editor: MapEditor }) {
  const t = useT();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<'have' | 'need'>('need');
  const { resources } = editor.map;
  const add = () => {
    if (!name.trim()) return;
    editor.edit([
      {
        type: 'addResource',
        index: resources.length,
        resource: { id: createId(), kind, name: name.trim(), description: '' },
      },
    ]);
    setName('');
  };
  return (
    <details className="resources" data-testid="resources">
      <summary>{t('editor.resources', { count: resources.length })}</summary>
      <div className="resource-columns">
        {(['have', 'need'] as const).map((column) => (
          <div key={column}>
            <h2>{t(`resource.${column}`)}</h2>
            <ul>
              {resources
                .filter((resource) => resource.kind === column)
                .map((resource) => (
                  <li key={resource.id} dir="auto">
                    <bdi>{resource.name}</bdi>
                    {resource.description ? (
                      <span className="muted"> — {resource.description}</span>
                    ) : null}{' '}
                    <button
                      type="button"
                      aria-label={t('editor.removeItem', { name: resource.name })}
                      onClick={() => editor.edit([{ type: 'deleteResource', resourceId: resource.id }])}
                    >
                      ×
                    </button>
                  </li>
                ))}
            </ul>
          </div>
        ))}
      </div>
      <div className="inline-form">
        <select
          aria-label={t('editor.resourceKind')}
          value={kind}
          onChange={(event) => setKind(event.target.value === 'have' ? 'have' : 'need')}
        >
          <option value="have">{t('resource.have')}</option>
          <option value="need">{t('resource.need')}</option>
        </select>
        <input
          value={name}
          dir="auto"
          aria-label={t('editor.resourceName')}
          placeholder={t('editor.resourceName')}
          onChange={(event) => setName(event.target.value)}
          onKeyDown={(event) => event.key === 'Enter' && add()}
        />
        <button type="button" onClick={add}>
          + {t('editor.addResource')}
        </button>
      </div>
    </details>
  );
}
