import type { EmulatorConfig } from '../options';

/** What the control bar can ask of the host page. */
export interface ControlActions {
  /** The config changed (the host keeps its copy in sync). */
  configChanged(config: EmulatorConfig): void;
  /** Reload the app frame (after a role, catalog or handshake switch). */
  reloadApp(): Promise<void>;
  /** The language changed: tell observeState subscribers. */
  languageChanged(): void;
  /** Show a problem with the emulator itself. */
  report(message: string): void;
}

async function post(path: string, body?: unknown): Promise<EmulatorConfig> {
  const res = await fetch(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = (await res.json()) as { config?: EmulatorConfig; message?: string };
  if (!res.ok || !json.config) throw new Error(json.message ?? `HTTP ${res.status}`);
  return json.config;
}

/** Shows a config in the control bar's fields. */
export function showConfig(form: HTMLFormElement, config: EmulatorConfig): void {
  const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;
  field('role').value = config.role;
  field('catalogVersion').value = config.catalogVersion;
  field('language').value = config.language;
  field('latencyMs').value = String(config.latencyMs);
  (field('dropHandshake') as HTMLInputElement).checked = config.dropHandshake;
}

/**
 * Wires the control bar: every switch goes through the admin API (POST /_emulator/config or /reset), so what
 * a person clicks and what a test posts are the same thing. Role, catalog and handshake switches reload the app.
 */
export function wireControls(form: HTMLFormElement, getConfig: () => EmulatorConfig, actions: ControlActions): void {
  const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;
  const apply = async (patch: Partial<EmulatorConfig>, reload: boolean) => {
    try {
      const config = await post('/_emulator/config', patch);
      actions.configChanged(config);
      showConfig(form, config);
      if (reload) await actions.reloadApp();
    } catch (e) {
      actions.report(`Emulator: ${(e as Error).message}`);
      showConfig(form, getConfig());
    }
  };
  form.addEventListener('submit', (e) => e.preventDefault());
  form.addEventListener('change', (event) => {
    const target = event.target as HTMLInputElement;
    switch (target.name) {
      case 'role':
        return void apply({ role: target.value as EmulatorConfig['role'] }, true);
      case 'catalogVersion':
        return void apply({ catalogVersion: target.value as EmulatorConfig['catalogVersion'] }, true);
      case 'language':
        return void apply({ language: target.value }, false).then(() => actions.languageChanged());
      case 'latencyMs':
        return void apply({ latencyMs: Math.max(0, Math.floor(Number(target.value) || 0)) }, false);
      case 'dropHandshake':
        return void apply({ dropHandshake: target.checked }, true);
      default:
        return undefined;
    }
  });
  form.addEventListener('click', (event) => {
    const action = (event.target as HTMLElement).closest('button')?.dataset['action'];
    if (action === 'fail') {
      const count = Math.max(0, Math.floor(Number(field('failCount').value) || 0));
      void apply({ failNext: { count, status: Number(field('failStatus').value) as 429 | 500 | 503 } }, false);
    } else if (action === 'hang') {
      void apply({ hangNext: getConfig().hangNext + 1 }, false);
    } else if (action === 'reload') {
      void actions.reloadApp();
    } else if (action === 'reset') {
      post('/_emulator/reset')
        .then((config) => {
          actions.configChanged(config);
          showConfig(form, config);
          actions.languageChanged();
          return actions.reloadApp();
        })
        .catch((e: Error) => actions.report(`Emulator: ${e.message}`));
    }
  });
}
