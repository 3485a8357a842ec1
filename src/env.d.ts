// Types for .astro imports and Astro globals; `astro sync` adds the content-collection types in .astro/.
/// <reference types="astro/client" />

// Plain `tsc` cannot read .astro files (astro check can); give their imports a component type.
declare module '*.astro' {
  const Component: (props: Record<string, unknown>) => unknown;
  export default Component;
}
