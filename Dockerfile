# One image for every Samspill service; the command picks which one runs.
FROM node:20.19-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts && npm cache clean --force
COPY tsconfig.json ./
COPY subgraphs ./subgraphs
COPY gateway ./gateway
COPY schema ./schema
COPY scripts ./scripts
USER node
# e.g. `docker run samspill organisations`; see docker-compose.yml
ENTRYPOINT ["node", "--import", "tsx", "scripts/start-service.ts"]
CMD ["gateway"]
