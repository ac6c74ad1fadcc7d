import "server-only";
import { db } from "@/lib/db";
import { INITIAL_LETTER_STATUS, letterTransition } from "@/lib/letters/status";
import { textDigest } from "@/lib/letters/translation-status";

/**
 * The demo letter seeded by `npm run dev` / `npm run demo` on an empty database: in the spirit of
 * the 2013 civil-society letter asking the ITU for a seat at the World Telecommunication Policy Forum.
 */
export const DEMO_LETTER = {
  language: "en",
  slug: "wtpf-2013-civil-society-participation",
  title: "Civil society asks for a seat at the World Telecommunication Policy Forum",
  addressee: "Dr Hamadoun I. Touré, Secretary-General, International Telecommunication Union",
  coordinators: "Demo Coalition for an Open Internet",
  body: `Dear Secretary-General,

We, the undersigned organisations, write ahead of the **World Telecommunication Policy Forum** (WTPF),
to be held in Geneva in May 2013, to ask that civil society be able to take part in it fully.

The Forum will discuss questions of Internet policy that affect the rights of people everywhere:
freedom of expression, privacy, and access to knowledge. Those people are best represented when the
organisations that work for them can follow and contribute to the discussion.

## What we ask

1. That civil-society organisations may attend the Forum and its preparatory meetings, and speak in them.
2. That the Secretary-General's report and the draft opinions are published *openly*, in time for comment.
3. That remote participation is offered, so that organisations from every region can take part.

We believe an open process will strengthen the Forum's outcome and the trust that people place in it.
We would welcome the opportunity to discuss these requests with you.

Respectfully,

*The undersigned organisations*`,
};

/**
 * The demo letter in French and Spanish, in the ITU's own terms (docs/GLOSSARY.md): translations of
 * the English text above, which is authoritative. The WTPF's outputs are "Opinions": "avis" in the
 * ITU's French, "opiniones" in its Spanish.
 */
export const DEMO_TRANSLATIONS = [
  {
    locale: "fr",
    title: "La société civile demande une place au Forum mondial des politiques de télécommunication",
    addressee: "Dr Hamadoun I. Touré, Secrétaire général de l’Union internationale des télécommunications",
    body: `Monsieur le Secrétaire général,

Nous, organisations signataires, vous écrivons en vue du **Forum mondial des politiques de télécommunication** (FMPT),
qui se tiendra à Genève en mai 2013, pour demander que la société civile puisse y participer pleinement.

Le Forum examinera des questions de politique de l’Internet qui touchent aux droits de chacun, partout dans le monde :
la liberté d’expression, la vie privée et l’accès au savoir. Ces personnes sont mieux représentées lorsque les
organisations qui œuvrent pour elles peuvent suivre les débats et y contribuer.

## Nos demandes

1. Que les organisations de la société civile puissent assister au Forum et à ses réunions préparatoires, et y prendre la parole.
2. Que le rapport du Secrétaire général et les projets d’avis soient publiés *ouvertement*, à temps pour être commentés.
3. Qu’une participation à distance soit proposée, afin que des organisations de toutes les régions puissent prendre part aux travaux.

Nous sommes convaincus qu’un processus ouvert renforcera les résultats du Forum et la confiance que chacun lui accorde.
Nous serions heureux de pouvoir nous entretenir de ces demandes avec vous.

Veuillez agréer, Monsieur le Secrétaire général, l’expression de notre haute considération.

*Les organisations signataires*`,
  },
  {
    locale: "es",
    title: "La sociedad civil pide un lugar en el Foro Mundial de Política de las Telecomunicaciones",
    addressee: "Dr. Hamadoun I. Touré, Secretario General de la Unión Internacional de Telecomunicaciones",
    body: `Señor Secretario General:

Las organizaciones abajo firmantes nos dirigimos a usted con motivo del **Foro Mundial de Política de las Telecomunicaciones**
(FMPT), que se celebrará en Ginebra en mayo de 2013, para solicitar que la sociedad civil pueda participar plenamente en él.

El Foro debatirá cuestiones de política de Internet que afectan a los derechos de las personas en todo el mundo:
la libertad de expresión, la privacidad y el acceso al conocimiento. Esas personas están mejor representadas cuando las
organizaciones que trabajan para ellas pueden seguir el debate y contribuir a él.

## Lo que solicitamos

1. Que las organizaciones de la sociedad civil puedan asistir al Foro y a sus reuniones preparatorias, y hacer uso de la palabra en ellas.
2. Que el informe del Secretario General y los proyectos de opinión se publiquen *abiertamente*, a tiempo para formular comentarios.
3. Que se ofrezca la participación a distancia, para que organizaciones de todas las regiones puedan tomar parte.

Estamos convencidos de que un proceso abierto fortalecerá los resultados del Foro y la confianza que las personas depositan en él.
Agradeceríamos la oportunidad de conversar con usted sobre estas solicitudes.

Le saluda atentamente,

*Las organizaciones firmantes*`,
  },
];

/** Creates the demo letter with its translations, open for signatures, unless the database already has letters. */
export async function seedDemoLetter(): Promise<boolean> {
  if ((await db.letter.count()) > 0) return false;
  // Created already published: the status a new letter's publish leads to.
  const status = letterTransition(INITIAL_LETTER_STATUS, "publish");
  if (!status) throw new Error("A new letter cannot be published");
  const publishedAt = new Date();
  await db.letter.create({
    data: {
      ...DEMO_LETTER,
      status,
      publishedAt,
      versions: { create: { version: 1, title: DEMO_LETTER.title, addressee: DEMO_LETTER.addressee, body: DEMO_LETTER.body } },
      // Current: each translates the English text as it is.
      translations: { create: DEMO_TRANSLATIONS.map((t) => ({ ...t, sourceVersion: 1, sourceDigest: textDigest(DEMO_LETTER) })) },
    },
  });
  return true;
}
