# One image for every Samspill service; the command picks which one runs.

# Build stage: every dependency (TypeScript among the dev ones) and `npm run build`, which writes
# dist/: the compiled services beside what they read at run time (seed and code-list files,
# schema/supergraph.graphql, the web sources the gateway bundles with esbuild on first request).
FROM node:20.19-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts
COPY tsconfig.json tsconfig.build.json ./
COPY subgraphs ./subgraphs
COPY gateway ./gateway
COPY schema ./schema
COPY scripts ./scripts
COPY web ./web
RUN npm run build

# Runtime stage: production dependencies and dist/ only; plain node, no TypeScript compiler in the process.
FROM node:20.19-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts && npm cache clean --force
COPY --from=build /app/dist ./dist
USER node
# e.g. `docker run samspill organisations`; see docker-compose.yml
ENTRYPOINT ["node", "dist/scripts/start-service.js"]
CMD ["gateway"]
