/**
 * The layer rule (see CONTRIBUTING.md): entry points → app → core; io implements the
 * ports app declares; the sidebar (ui) talks to the server only through the shared contract.
 * `npm run lint` runs this; a wrong import fails CI.
 */
module.exports = {
  forbidden: [
    {
      name: 'core-is-pure',
      comment:
        'src/core is the domain: it imports nothing but itself (and packages, also through a linked node_modules).',
      severity: 'error',
      from: { path: '^src/core' },
      to: { pathNot: '^src/core|(^|/)node_modules/' },
    },
    {
      name: 'app-uses-ports-not-io',
      comment: 'Use cases reach the outside world only through ports (src/app/ports.ts), never src/io.',
      severity: 'error',
      from: { path: '^src/app' },
      to: { path: '^src/(io|ui|engine|panel|main|composition)' },
    },
    {
      name: 'io-below-entries',
      comment: 'Adapters implement ports; they never call entry points or the sidebar.',
      severity: 'error',
      from: { path: '^src/io' },
      to: { path: '^src/(ui|engine|panel|main|composition)' },
    },
    {
      name: 'ui-only-shared',
      comment:
        'The sidebar runs in the browser: it may use the shared contract, never server code (type-only imports of it excepted, and core/email.ts and core/duration.ts: the one email rule and the one duration rule, pure leaf modules).',
      severity: 'error',
      from: { path: '^src/ui' },
      to: {
        path: '^src/(core|app|io|engine|panel|main|composition)',
        pathNot: '^src/core/(email|duration)\\.ts$',
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'core-email-is-a-leaf',
      comment: 'core/email.ts is bundled into the sidebar too: it must import nothing.',
      severity: 'error',
      from: { path: '^src/core/(email|duration)\\.ts$' },
      to: {},
    },
    {
      name: 'shared-is-a-contract',
      comment: 'The JSON contract between sidebar and server holds types and constants only.',
      severity: 'error',
      from: { path: '^src/shared' },
      to: { path: '^src/(app|io|ui|engine|panel|main|composition)' },
    },
    {
      name: 'shipped-code-stays-shipped',
      comment: 'Nothing under src/ may import the stand-in, tests or the bench.',
      severity: 'error',
      from: { path: '^src' },
      to: { path: '^(dev|test|bench)/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: { path: '^src' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
