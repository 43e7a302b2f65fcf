/** A Fluent catalogue parsed at build time (build/fluentCatalogues.ts): call it for its messages. */
declare module '*.ftl?fluent' {
  const body: () => import('@fluent/bundle').FluentResource['body'];
  export default body;
}
