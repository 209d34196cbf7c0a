export { createClient, SamspillRequestError, type ClientOptions, type SamspillError } from './client.js';
export * from './generated/graphql.js';
