import { z } from 'zod';

// zod compiles object parsers with new Function() after probing whether eval is allowed; under a strict
// Content-Security-Policy even the caught probe is reported as a violation. Parse without it.
z.config({ jitless: true });

export { z };
