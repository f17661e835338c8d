// Vite builds web/ into web/dist, which the fachforum binary embeds and serves.
// `npm run dev` serves the app with hot reload and passes API calls to a running
// server (FACHFORUM_URL, default http://127.0.0.1:8080).
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const server = process.env.FACHFORUM_URL ?? "http://127.0.0.1:8080";

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    assetsDir: "assets",
    // Inline assets would become data: URLs; keep every asset a file under /assets.
    assetsInlineLimit: 0,
    sourcemap: false,
  },
  server: {
    port: 5173,
    proxy: {
      "/graphql": { target: server },
      "/healthz": { target: server },
    },
  },
});
