/**
 * The explorer's first tabs: one operation per kind of caller, each with the headers it needs.
 * GraphiQL names a tab after its operation. A caller's own edits are kept in the browser's
 * storage; these come back with "Reset" in the explorer's settings (clear storage).
 */
export interface Example {
  query: string;
  headers: string;
}

/** The headers editor of a signed-in example: the bearer token to paste, and where to get one. */
const bearer = (command: string) => JSON.stringify({ authorization: `Bearer <paste a token from: ${command}>` }, null, 2);

export const EXAMPLES: Example[] = [
  {
    // The public catalogue needs no token: organisations with their services and what they offer.
    query: `# Anyone may read the public catalogue: no token needed.
# Run it with Ctrl+Enter (⌘+Enter); the Docs button on the left explains every field.
query Catalogue {
  organisations(first: 20) {
    totalCount
    edges {
      node {
        name
        kind
        municipalities { name }
        services {
          name
          activities { code nameEn }
          targetGroups { code nameEn }
        }
      }
    }
  }
}
`,
    headers: '{}',
  },
  {
    query: `# A municipality coordinator also sees the municipality's non-public agreements and their contacts.
# Token: npm run token -- --role municipality --municipality 5601 (paste it into Headers below)
query Municipality {
  municipality(code: "5601") {
    name
    agreements {
      title
      status
      isPublic
      parties { name }
      contacts { name role email }
    }
  }
}
`,
    headers: bearer('npm run token -- --role municipality --municipality 5601'),
  },
  {
    query: `# An organisation sees the agreements a municipality proposes it join, to accept or decline.
# Token: npm run token -- --role organisation --organisation <id> (an id from the Catalogue tab: add "id" under node)
query Organisation {
  agreementProposals {
    title
    status
    municipality { name }
    proposedParties { status organisation { name } }
  }
}
`,
    headers: bearer('npm run token -- --role organisation --organisation <id>'),
  },
  {
    query: `# A researcher reads every indicator, published or not, with its observations.
# Token: npm run token -- --role researcher
query Researcher {
  indicators {
    code
    nameEn
    unitEn
    published
    observations(first: 5, areaLevel: COUNTY, latest: 1) {
      totalCount
      edges { node { areaCode period value status } }
    }
  }
}
`,
    headers: bearer('npm run token -- --role researcher'),
  },
];
