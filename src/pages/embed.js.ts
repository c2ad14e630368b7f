/** `/embed.js`: the host-page script that fits our iframes (src/reuse/host-script.ts). */
import type { APIRoute } from 'astro';
import { HOST_SCRIPT_SOURCE } from '../reuse/host-script.ts';

export const GET: APIRoute = () =>
  new Response(HOST_SCRIPT_SOURCE, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
