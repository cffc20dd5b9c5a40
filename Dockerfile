# Layani on Debian with Chromium from apt (for WhatsApp); the browser puppeteer would download is skipped
# (.puppeteerrc.cjs). Build stage compiles with the dev dependencies; the runtime keeps production ones only.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json .puppeteerrc.cjs ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm ci --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim
RUN apt-get update \
  && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium fonts-noto-color-emoji \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/data/*.json ./data/
ENV NODE_ENV=production LAYANI_DATA_DIR=/var/lib/layani CHROMIUM_PATH=/usr/bin/chromium
RUN mkdir -p /var/lib/layani && chown node:node /var/lib/layani
VOLUME /var/lib/layani
USER node
# node is PID 1's only job here: it handles SIGTERM itself (docker stop) and exits 0 after a clean shutdown.
CMD ["node", "dist/main.js"]
