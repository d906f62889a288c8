#!/bin/sh
echo "The native Prisma schema engine is not used here: migrations run through @prisma/schema-engine-wasm (npm run db:migrate / db:migration:create)." >&2
exit 1
