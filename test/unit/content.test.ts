/**
 * The real Boston 2017 deck, checked the way a reader of the seed text would check it:
 * every talk in order, every speaker, every roadmap item with its release, the key facts,
 * and slides that fit on a 1280×720 page.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDeck } from '../../src/model/fs.ts';
import type { Deck, Detail, Talk } from '../../src/model/index.ts';

const deck: Deck = loadDeck(process.cwd(), path.resolve('slides'), 'boston-2017');

function talk(id: string): Talk {
  const found = deck.talks.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no talk ${id}`);
  return found;
}

/** Every text of a talk: heading, slides, notes, links, history and roadmap. */
function textOf(t: Talk): string {
  const slide = (s: Omit<Detail, 'title'> & { title?: string }) => [
    s.title ?? '',
    s.lead ?? '',
    ...(s.points ?? []),
    ...(s.figures ?? []).map((figure) => `${figure.value} ${figure.label}`),
    ...(s.links ?? []).flatMap((link) => [link.label, link.url]),
    s.notes ?? '',
  ];
  return [
    ...slide(t),
    ...(t.speakers ?? []).map((speaker) => `${speaker.name} ${speaker.company ?? ''}`),
    ...(t.details ?? []).flatMap(slide),
    ...(t.history ?? []).map((item) => `${item.text} ${item.when ?? ''}`),
    ...(t.roadmap ?? []).map((item) => item.text),
  ]
    .join('\n')
    .replace(/\s+/g, ' ');
}

const roadmap = deck.talks.flatMap((t) => t.roadmap ?? []);
const history = deck.talks.flatMap((t) => t.history ?? []);

function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

describe('the Boston 2017 deck', () => {
  it('has the nine sessions of days 3 and 4, in the seed’s order, with their kinds', () => {
    expect(deck.talks.map((t) => [t.id, t.kind])).toEqual([
      ['neutron-update', 'conference'],
      ['ovn-l3-gateway', 'conference'],
      ['openstack-ansible-update', 'conference'],
      ['fwaas-v2', 'conference'],
      ['cinder-beyond-secondary-storage', 'conference'],
      ['octavia-update', 'forum'],
      ['kubernetes-on-openstack', 'forum'],
      ['openstack-fr-evening', 'evening'],
      ['vdi-on-openstack', 'conference'],
    ]);
  });

  it('keeps the seed’s French titles', () => {
    expect(deck.talks.map((t) => t.title.replace(/\u00a0/g, ' '))).toEqual([
      'Neutron : update',
      'OVN L3 Gateway',
      'OpenStack-Ansible : update',
      'Firewall as a Service version 2 : un nouveau départ',
      'Cinder : not just for secondary attached storage !',
      'Octavia : Update',
      'Kubernetes on OpenStack',
      'Soirée francophone de l’association OpenStack-Fr',
      'Virtual Client Computing VDI sur OpenStack',
    ]);
  });

  it('names the speakers the seed names, and no others', () => {
    expect(talk('fwaas-v2').speakers).toEqual([{ name: 'Sridar Kandaswamy' }, { name: 'Yushiro Furukawa' }]);
    expect(talk('cinder-beyond-secondary-storage').speakers).toEqual([{ name: 'John Griffith', company: 'Netapp' }]);
    const others = deck.talks.filter((t) => !['fwaas-v2', 'cinder-beyond-secondary-storage'].includes(t.id));
    for (const t of others) expect(t.speakers, t.id).toBeUndefined();
  });
});

describe('roadmap', () => {
  it('has every planned item of the seed: 24 in all', () => {
    expect(roadmap).toHaveLength(24);
  });

  it('counts per release: 13 for Pike, 7 for Queens, 1 for Rocky, 3 in the Cinder backlog', () => {
    expect(countBy(roadmap, (item) => item.release)).toEqual({ pike: 13, queens: 7, rocky: 1, backlog: 3 });
  });

  it('counts per project', () => {
    expect(countBy(roadmap, (item) => item.project)).toEqual({
      neutron: 1,
      'openstack-ansible': 3,
      fwaas: 8,
      cinder: 3,
      octavia: 8,
      magnum: 1,
    });
  });

  it('counts per project and release', () => {
    expect(countBy(roadmap, (item) => `${item.project}/${item.release}`)).toEqual({
      'neutron/pike': 1,
      'openstack-ansible/pike': 3,
      'fwaas/pike': 4,
      'fwaas/queens': 3,
      'fwaas/rocky': 1,
      'cinder/backlog': 3,
      'octavia/pike': 4,
      'octavia/queens': 4,
      'magnum/pike': 1,
    });
  });

  it('places the key items in the right release', () => {
    const release = (id: string) => roadmap.find((item) => item.id === id)?.release;
    expect(release('neutron-rbac-domain-aware')).toBe('pike');
    expect(release('openstack-ansible-centos-7')).toBe('pike');
    expect(release('fwaas-v1-end-of-life')).toBe('rocky');
    expect(release('fwaas-l4-l7-filtering')).toBe('queens');
    expect(release('octavia-active-active-ha')).toBe('queens');
    expect(release('octavia-openstack-cli')).toBe('pike');
    expect(release('magnum-cloud-provider-coreos-atomic')).toBe('pike');
    expect(release('cinder-automatic-bfv')).toBe('backlog');
  });

  it('gives every item a short text that reads alone, and 1 to 3 short aliases', () => {
    for (const item of roadmap) {
      expect(item.text.length, item.id).toBeLessThanOrEqual(100);
      expect(item.id.startsWith(`${item.project}-`), item.id).toBe(true);
      expect(item.aliases?.length, item.id).toBeGreaterThanOrEqual(1);
      expect(item.aliases?.length, item.id).toBeLessThanOrEqual(3);
      for (const alias of item.aliases ?? []) expect(alias.length, alias).toBeLessThanOrEqual(40);
    }
  });

  it('does not repeat roadmap items as bullet points', () => {
    for (const t of deck.talks) {
      const points = [t, ...(t.details ?? [])].flatMap((s) => s.points ?? []);
      for (const item of t.roadmap ?? []) expect(points, item.id).not.toContain(item.text);
    }
  });
});

describe('history', () => {
  it('dates what happened in past releases', () => {
    expect(history.map((item) => [item.id, item.release ?? item.when])).toEqual([
      ['openstack-ansible-first-poc', 'havana'],
      ['openstack-ansible-official-project', 'kilo'],
      ['openstack-ansible-ocata-contributors', 'ocata'],
      ['fwaas-v1-routers', 'havana'],
      ['fwaas-reboot-tokyo', 'octobre 2015'],
      ['fwaas-v2-api', 'newton'],
    ]);
  });

  it('gives the Tokyo reboot a date but no release, since the seed gives none', () => {
    const reboot = history.find((item) => item.id === 'fwaas-reboot-tokyo');
    expect(reboot?.release).toBeUndefined();
    expect(reboot?.text).toContain('Tokyo');
  });
});

describe('facts from the seed', () => {
  const facts: Record<string, (string | RegExp)[]> = {
    'neutron-update': ['Make RBAC domain aware', 'Kourosh Vivan', 'RFE', 'PTG', 'Queens'],
    'ovn-l3-gateway': ['SNAT', 'DNAT', 'floating IPs', 'mapping', 'nombre de gateways'],
    'openstack-ansible-update': [
      'Havana',
      'Stackforge',
      'Kilo',
      '~100',
      'Ocata',
      'CentOS 7',
      'nginx ou uwsgi',
      'eventlet',
      'operation guide',
      'LXC',
      'Docker',
      'baremetal',
      'https://github.com/openstack/openstack-ansible-ops',
    ],
    'fwaas-v2': [
      'Havana',
      'Tokyo',
      'octobre 2015',
      'Newton',
      'allow',
      'deny',
      'firewall policy',
      'firewall groups',
      'port create/update/delete',
      'iptables',
      '41, 42, 43, 51 et 52',
      'br-int',
      'février 2018',
      'Horizon',
      'L4-L7',
    ],
    'cinder-beyond-secondary-storage': [
      'Glance',
      'Swift',
      'Boot From Volume (BFV)',
      'minute(s)',
      'poignée de secondes',
      'cinder-api',
      'product backlog',
      'cinder image backend driver',
      'live migration',
    ],
    'octavia-update': [
      'LoadBalancer as a Service',
      'Austin',
      /65 contributeurs/,
      /28 entreprises/,
      'TripleO',
      'active/active',
      'carrier-grade',
      'Rocky',
    ],
    'kubernetes-on-openstack': [
      'Magnum',
      'Kubeadm',
      'Kargo',
      'Heat',
      'Terraform',
      'AWS, GCP',
      'Neutron LBaaS',
      'CoreOS et Atomic',
    ],
    'openstack-fr-evening': ['photo de groupe', 'une vingtaine', 'Joe’s', 'Ribs', 'Boston'],
    'vdi-on-openstack': [
      'DMZ',
      'VMWare',
      '16 Go de RAM',
      'burst',
      'Hyper-V',
      'KVM',
      'Windows Server Virtualization Validation Program',
      'Cloudbase.it',
      'Cloudbase-init',
      'Active Directory',
      'Citrix XenDesktop',
      'Microsoft RDS',
      'Apache Guacamole',
    ],
  };

  for (const [id, expected] of Object.entries(facts)) {
    it(`${id} keeps its facts`, () => {
      const text = textOf(talk(id));
      for (const fact of expected) {
        if (typeof fact === 'string') expect(text, fact).toContain(fact);
        else expect(text).toMatch(fact);
      }
    });
  }

  it('shows Octavia’s Pike numbers as figures', () => {
    const figures = [talk('octavia-update'), ...(talk('octavia-update').details ?? [])].flatMap((s) => s.figures ?? []);
    expect(figures).toEqual(
      expect.arrayContaining([
        { value: '65', label: 'contributeurs' },
        { value: '28', label: 'entreprises différentes' },
      ]),
    );
  });

  it('links the openstack-ansible-ops repository', () => {
    const links = [talk('openstack-ansible-update'), ...(talk('openstack-ansible-update').details ?? [])].flatMap(
      (s) => s.links ?? [],
    );
    expect(links.map((link) => link.url)).toContain('https://github.com/openstack/openstack-ansible-ops');
  });

  it('gives every talk speaker notes', () => {
    for (const t of deck.talks) expect(t.notes, t.id).toBeTruthy();
  });
});

describe('slides fit on a 1280×720 page', () => {
  const slides = deck.talks.flatMap((t) => [
    { where: t.id, slide: t as Omit<Detail, 'title'> },
    ...(t.details ?? []).map((d) => ({ where: `${t.id} › ${d.title}`, slide: d })),
  ]);

  it.each(slides)('$where', ({ slide }) => {
    const points = slide.points ?? [];
    // At most 6 points; 4 under a lead; 3 beside figures; 2 with both.
    const room = slide.figures?.length ? (slide.lead ? 2 : 3) : slide.lead ? 4 : 6;
    expect(points.length).toBeLessThanOrEqual(room);
    for (const point of points) expect(point.length, point).toBeLessThanOrEqual(110);
    expect(slide.lead?.length ?? 0).toBeLessThanOrEqual(160);
    expect(slide.figures?.length ?? 0).toBeLessThanOrEqual(3);
  });

  it('gives every detail slide a title of at most ~60 characters', () => {
    for (const t of deck.talks) {
      for (const detail of t.details ?? []) expect(detail.title.length, detail.title).toBeLessThanOrEqual(60);
    }
  });
});
