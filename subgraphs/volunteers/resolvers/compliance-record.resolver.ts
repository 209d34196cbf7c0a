import { Directive, Field, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import { ComplianceRecord } from '../entities/compliance-record.entity.js';
import { VerifierKind } from '../enums.js';
import { MunicipalityRef, OrganisationRef } from '../stubs.js';

const PERSONAL = '@tag(name: "personal")';

@ObjectType({ description: 'Who made a compliance record: an organisation, a municipality or an administrator.' })
class ComplianceVerifier {
  @Directive(PERSONAL) @Field(() => VerifierKind, { description: 'Which kind of caller made the record.' }) kind!: VerifierKind;
  @Directive(PERSONAL)
  @Field(() => OrganisationRef, { nullable: true, description: 'The organisation that made the record, when an organisation did.' })
  organisation!: OrganisationRef | null;
  @Directive(PERSONAL)
  @Field(() => MunicipalityRef, { nullable: true, description: 'The municipality that made the record, when a municipality did.' })
  municipality!: MunicipalityRef | null;
}

@Resolver(() => ComplianceRecord)
export class ComplianceRecordResolver {
  @FieldResolver(() => ComplianceVerifier, { description: 'Who made the record.' })
  @Directive(PERSONAL)
  verifier(@Root() r: ComplianceRecord): ComplianceVerifier {
    return {
      kind: r.verifierKind,
      organisation: r.verifierKind === VerifierKind.ORGANISATION && r.verifierId ? { id: r.verifierId } : null,
      municipality: r.verifierKind === VerifierKind.MUNICIPALITY && r.verifierId ? { code: r.verifierId } : null,
    };
  }
}
