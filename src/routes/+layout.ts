// A static site: every page is prerendered at build time. The view state lives in the query
// string, which prerendering cannot see, so the page reads it in the browser only.
export const prerender = true;
export const trailingSlash = 'never';
