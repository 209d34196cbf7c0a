import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * `npm run codegen`: typed documents for the example operations, from the committed client
 * schema (schema/api.graphql, written by `npm run compose`). The client preset writes
 * TypedDocumentNodes any GraphQL client understands (Apollo Client, urql, graphql-request) and
 * the persisted-documents manifest (sha256 hash → operation) a gateway can be told to trust.
 */
const config: CodegenConfig = {
  schema: 'schema/api.graphql',
  documents: 'clients/typescript/operations/*.graphql',
  ignoreNoDocuments: false,
  generates: {
    'clients/typescript/src/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false, persistedDocuments: { hashAlgorithm: 'sha256' } },
      config: {
        // ESM imports with their .js extension, so Node runs the generated files as they are.
        importExtension: '.js',
        useTypeImports: true,
        enumsAsTypes: true,
        strictScalars: true,
        scalars: {
          Date: 'string',
          DateTime: 'string',
          MunicipalityCode: 'string',
          OrgNumber: 'string',
          JSONDocument: 'Record<string, unknown>',
        },
      },
    },
  },
};

export default config;
