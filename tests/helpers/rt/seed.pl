#!/usr/bin/perl
# Seed a throw-away RT instance: queues, agents, groups, rights and auth tokens.
# Run with RT_SITE_CONFIG_DIR pointing at the instance's config; prints the tokens as JSON.
use strict;
use warnings;
use lib '/usr/share/request-tracker5/lib';
use RT;
use JSON::PP;
RT::LoadConfig();
RT::Init();

my $system = RT->SystemUser;
sub ok { my ($ok, $msg) = @_; die "$msg at line " . (caller)[2] . "\n" unless $ok; return $ok }

my %queue;
for my $spec (['Support', 'First-line support', 0], ['Billing', 'Invoices and refunds', 1],
              ['Escalations', 'Second-line: only Tier 2 may own tickets', 1]) {
    my ($name, $description, $sla_disabled) = @$spec;
    my $q = RT::Queue->new($system);
    ok($q->Create(Name => $name, Description => $description, SLADisabled => $sla_disabled,
                  CorrespondAddress => lc($name) . '@localhost'));
    $queue{$name} = $q;
}

my %user;
for my $spec (['supervisor', 'Sam Supervisor'], ['agent1', 'Agent One'], ['agent2', 'Agent Two'],
              ['agent3', 'Agent Three']) {
    my ($name, $real) = @$spec;
    my $u = RT::User->new($system);
    ok($u->Create(Name => $name, RealName => $real, EmailAddress => "$name\@localhost", Privileged => 1,
                  Password => 'ci-password-1'));
    $user{$name} = $u;
}

for my $spec (['Tier 1', 'agent1', 'agent2'], ['Tier 2', 'agent3']) {
    my ($name, @members) = @$spec;
    my $g = RT::Group->new($system);
    ok($g->CreateUserDefinedGroup(Name => $name, Description => "$name agents"));
    ok($g->AddMember($user{$_}->PrincipalId)) for @members;
    if ($name eq 'Tier 2') {
        ok($g->PrincipalObj->GrantRight(Right => $_, Object => $queue{Escalations}))
            for qw(OwnTicket TakeTicket);
    }
}

# A satisfaction rating (1-5) as a ticket custom field on Support, as a centre that surveys its customers keeps it.
my $csat = RT::CustomField->new($system);
ok($csat->Create(Name => 'CSAT', Type => 'FreeformSingle', LookupType => 'RT::Queue-RT::Ticket'));
ok($csat->AddToObject($queue{Support}));

my $privileged = RT::Group->new($system);
ok($privileged->LoadSystemInternalGroup('Privileged'));
my @work = qw(SeeQueue ShowTicket CreateTicket ModifyTicket ReplyToTicket CommentOnTicket ShowTicketComments
              ShowOutgoingEmail Watch SeeCustomField ModifyCustomField);
for my $name (keys %queue) {
    my @rights = @work;
    push @rights, qw(OwnTicket TakeTicket StealTicket) unless $name eq 'Escalations';
    ok($privileged->PrincipalObj->GrantRight(Right => $_, Object => $queue{$name})) for @rights;
}
# The supervisor sees users and groups (to list agents and teams) and may reassign any ticket.
ok($user{supervisor}->PrincipalObj->GrantRight(Right => $_, Object => RT->System))
    for qw(SeeGroup AdminGroupMembership AdminUsers ShowUserHistory ReassignTicket);

my %tokens;
for my $name (qw(supervisor agent1)) {
    my $t = RT::AuthToken->new($system);
    my ($id, $msg, $secret) = $t->Create(Owner => $user{$name}->Id, Description => 'test token');
    die "$msg\n" unless $id;
    $tokens{$name} = $secret;
}
print JSON::PP->new->canonical->encode(\%tokens), "\n";
