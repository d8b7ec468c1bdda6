/**
 * Allegation skeletons the quick fix inserts for a missing or conclusory element: VS Code snippet
 * syntax (`${1:placeholder}`), written as a drafter would complete them. The drafter supplies the
 * facts; the skeleton only shows what kind of fact the element needs.
 */
import type { ElementKey, Theory } from './authorities';

const SUBJECT: Record<string, string> = {
  'failure-to-train': 'training',
  'failure-to-supervise': 'supervision',
  'failure-to-discipline': 'discipline',
};

export function allegationSkeleton(theory: Theory | string, key: ElementKey, entity = 'the City'): string {
  const what = SUBJECT[theory] ?? 'training';
  entity = entity.replace(/[$}\\]/g, '\\$&');
  const Entity = entity.charAt(0).toUpperCase() + entity.slice(1);
  switch (key) {
    case 'deficiency':
      return what === 'training'
        ? `${Entity} provided no training on \${1:the specific subject, e.g. recognizing a person in a mental-health crisis}, although its officers \${2:routinely face that situation, e.g. respond to several such calls each week}.`
        : what === 'supervision'
          ? `${Entity} did not \${1:review use-of-force reports or body-camera footage}, and \${2:no supervisor reviewed any of the force reports Officer X filed before this incident}.`
          : `${Entity} \${1:closed every excessive-force complaint without interviewing a witness}, and \${2:no officer was disciplined for excessive force between YEAR and YEAR}.`;
    case 'deliberateIndifference':
      return `Before \${1:DATE OF INCIDENT}, ${entity} had notice of the need for better ${what}: \${2:NUMBER} similar incidents, including \${3:the prior incident, complaint or lawsuit, with its date}, \${4:were reported to the policymaker responsible for ${what}}.`;
    case 'causation':
      return `Because ${entity} \${1:never trained its officers on that subject}, \${2:Officer X} \${3:did the specific act that injured Plaintiff, e.g. cycled the Taser five times on a handcuffed person}; had \${2:Officer X} received that ${what}, \${4:what the officer would have done instead}.`;
  }
}
