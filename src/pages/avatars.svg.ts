/**
 * Every avatar in one SVG sprite, drawn from Avatar.svelte at build time. Pages that only show
 * the chosen pupil's avatar (the bar at the top of a lesson or game) point into it with <use>,
 * so they need none of the drawing code in their JavaScript. The service worker precaches it.
 */
import type { APIRoute } from 'astro';
import { render } from 'svelte/server';
import Avatar from '../components/art/Avatar.svelte';
import { avatarIds } from '../lib/avatars';

export const GET: APIRoute = () => {
  const symbols = avatarIds.map((id) => {
    const svg = render(Avatar, { props: { id } }).body.replace(/<!--[^>]*-->/g, '');
    const inner = svg.slice(svg.indexOf('>') + 1, svg.lastIndexOf('</svg>'));
    return `<symbol id="${id}" viewBox="0 0 100 100">${inner}</symbol>`;
  });
  const body = `<svg xmlns="http://www.w3.org/2000/svg">${symbols.join('')}</svg>`;
  return new Response(body, { headers: { 'Content-Type': 'image/svg+xml' } });
};
