import { defineConfig } from 'html-validate';

export default defineConfig({
  extends: ['html-validate:recommended', 'html-validate:document'],
  rules: {
    // Subresource integrity guards files served by another origin; every file here is our own.
    'require-sri': ['error', { target: 'crossorigin' }],
  },
});
