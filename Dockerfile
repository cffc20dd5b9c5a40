# Layani on Debian with Chromium from apt (for WhatsApp); the browser puppeteer would download is skipped
# (.puppeteerrc.cjs, and no install scripts run at all). Same steps as the README's production section:
# the build stage compiles with the dev dependencies, the runtime keeps production ones only.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json .puppeteerrc.cjs ./
# --ignore-scripts: tsc needs no install script; better-sqlite3 (a dev-only benchmark anchor) would need a
# compiler here, and puppeteer's only script downloads a browser we do not use.
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY . .
RUN npm run build && npm ci --omit=dev --ignore-scripts --no-audit --no-fund

FROM node:20-bookworm-slim
RUN apt-get update \
  && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium fonts-noto-color-emoji \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
# The MPP's settings and catalog; learned.json (staff's /belajar) is written next to them, so node owns the folder.
COPY --from=build --chown=node:node /app/data/*.json ./data/
# The learning loop refuses a retrain that costs test-set accuracy: it needs the test set.
COPY --from=build /app/test/fixtures/nlu-testset.jsonl ./test/fixtures/
RUN chown node:node /app/data
# The web console listens on all interfaces inside the container; publish it on the host's loopback or LAN.
ENV NODE_ENV=production LAYANI_DATA_DIR=/var/lib/layani CHROMIUM_PATH=/usr/bin/chromium LAYANI_WEB_HOST=0.0.0.0 LAYANI_WEB_PORT=8080
RUN mkdir -p /var/lib/layani && chown node:node /var/lib/layani
VOLUME /var/lib/layani
EXPOSE 8080
USER node
HEALTHCHECK --interval=60s --timeout=10s --start-period=60s \
  CMD node -e "fetch('http://127.0.0.1:' + (process.env.LAYANI_WEB_PORT || 8080) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
# node is PID 1's only job here: it handles SIGTERM itself (docker stop) and exits 0 after a clean shutdown.
CMD ["node", "dist/main.js"]
