/**
 * Terrific Tom for the games: the site's own drawing (Tom.svelte), one SVG file per pose, which a
 * game loads as a texture. So Tom in a game is the Tom of the lessons and the map, not a second
 * drawing to keep in step. The service worker precaches these files with the rest of the site.
 */
import type { APIRoute } from 'astro';
import { render } from 'svelte/server';
import Tom from '../../../components/art/Tom.svelte';
import { TOM_POSES, type TomPose } from '../../../lib/tom-poses';

export function getStaticPaths() {
  return TOM_POSES.map((pose) => ({ params: { pose } }));
}

export const GET: APIRoute = ({ params }) => {
  const markup = render(Tom, { props: { pose: params.pose as TomPose, size: 200 } })
    .body.replace(/<!--[^>]*-->/g, '')
    // A file on its own needs the namespace; the page's class and ARIA attributes mean nothing here.
    .replace(/^<svg[^>]*>/, '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 200" width="200" height="200">');
  return new Response(markup, { headers: { 'Content-Type': 'image/svg+xml' } });
};
