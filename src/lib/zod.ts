import { z } from 'zod/mini';

// zod/mini: the same schemas as full zod at a fraction of the bytes the browser loads.
// zod compiles object parsers with new Function() after probing whether eval is allowed; under a strict
// Content-Security-Policy even the caught probe is reported as a violation. Parse without it.
z.config({ jitless: true });

export { z };
