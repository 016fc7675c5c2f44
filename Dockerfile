# syntax=docker/dockerfile:1
# The service on Node 24, production dependencies only, as an unprivileged user. TypeScript runs
# directly on Node's type stripping, so there is no build stage. Without DATABASE_URL the embedded
# PostgreSQL keeps its data under /data (mount a volume there); set SECRET_KEY in production.
# Build with the shared folder as a context for the MARC-8 code tables:
#   docker build --build-context shared=../shared -t catalog-import .
FROM node:24-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000 DATA_DIR=/data MARC8_CODETABLES=/app/codetables.xml
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force
COPY src ./src
COPY migrations ./migrations
COPY openapi ./openapi
COPY --from=shared marc/codetables/codetables.xml ./codetables.xml
RUN mkdir -p /data && chown node:node /data
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+process.env.PORT+'/ready').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# The heap cap `npm start` runs with (package.json; README, Benchmarks).
ENV NODE_OPTIONS=--max-old-space-size=1024
CMD ["node", "src/server.ts"]
