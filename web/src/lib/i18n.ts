// The interface in English and French. Texts computed by the core come as the core writes them.
import { signal } from "@preact/signals";

export type Lang = "en" | "fr";

const stored = (() => {
  try {
    return localStorage.getItem("gigawatt.lang");
  } catch {
    return null;
  }
})();
export const lang = signal<Lang>(
  stored === "fr" || (stored === null && navigator.language.startsWith("fr")) ? "fr" : "en",
);

export function setLang(l: Lang): void {
  lang.value = l;
  document.documentElement.lang = l;
  try {
    localStorage.setItem("gigawatt.lang", l);
  } catch {
    // Private windows may refuse storage: the choice then lasts for the page.
  }
}

const EN = {
  tagline: "What is behind the AI-infrastructure headlines",
  "nav.read": "Read",
  "nav.size": "Size",
  "nav.sites": "Sites",
  "nav.run": "Run",
  "nav.ledger": "Ledger",
  "nav.label": "Pages",
  "lang.label": "Language",
  "share.copy": "Copy link",
  "share.copied": "Link copied: it opens this page as you see it",
  "share.save": "Save",
  "share.saved": "Saved:",
  "share.needsServer": "Saving needs gigawatt serve: the link above keeps this page's state without it.",
  "read.title": "Paste an article: see what is behind each figure",
  "read.intro":
    "Paste a news article in English or French, or drop a text file. Each figure is highlighted where it stands; select one to see what it means and whether it adds up.",
  "read.text": "Article text",
  "read.placeholder": "Paste an article or a headline here, or drop a .txt file",
  "read.explain": "Explain the figures",
  "read.file": "Open a text file",
  "read.date": "Article date (for 'next year')",
  "read.sample": "Try a headline",
  "read.sampleFr": "Essayer un titre",
  "read.empty": "Paste a text to start: the figures will appear highlighted here.",
  "read.none": "No figures found in this text.",
  "read.figures": "Figures",
  "read.pick": "Select a highlighted figure to see its explanation and checks.",
  "read.who": "Who",
  "read.what": "Project",
  "read.where": "Grid",
  "read.when": "When",
  "read.relation": "Does",
  "read.object": "With",
  "read.checks": "Checks",
  "read.noChecks": "Nothing stated beside this figure to check it against.",
  "read.claimed": "claimed",
  "read.modelRange": "model's 80% range",
  "read.language": "Article language",
  "read.kind.money": "money",
  "read.kind.power": "power",
  "read.kind.count": "count",
  "read.legend": "Colour by kind:",
  "read.tooLarge": "This file is over 2 MB: paste the article's text instead.",
  "read.binary": "This file is not text: save the article as plain text (.txt) and drop it again.",
  "size.title": "Size a site",
  "size.intro":
    "Move the slider: every figure follows at once. Each default is an assumption with its source, listed below.",
  "size.basis": "Start from",
  "size.basis.power": "Power",
  "size.basis.accelerators": "Accelerators",
  "size.basis.budget": "Budget",
  "size.value": "Value",
  "size.accelerator": "Accelerator",
  "size.grid": "Grid",
  "size.cooling": "Cooling",
  "size.pue": "PUE (blank: the cooling's default)",
  "size.onsite": "On-site gas generation (share of energy)",
  "size.default": "default",
  "size.results": "Results",
  "size.capex": "What building it costs",
  "size.carbon": "Carbon per year",
  "size.water": "Water per year",
  "size.assumptions": "Assumptions and their sources",
  "size.recompute": "computed in",
  "sites.title": "Announced campuses",
  "sites.intro": "Circles are sized by announced facility power. Select a circle or a row to open the site.",
  "sites.world": "World",
  "sites.us": "United States",
  "sites.colour": "Colour by",
  "sites.colour.status": "status",
  "sites.colour.owner": "owner",
  "sites.filter": "Filter by name, owner or place",
  "sites.status": "Status",
  "sites.all": "all",
  "sites.none": "No site matches this filter.",
  "sites.approx":
    "Sites without coordinates in the catalog are drawn at the centre of their state or country.",
  "sites.back": "All sites",
  "sites.phases": "Phases over time",
  "sites.sizing": "What the announced power means",
  "sites.sources": "Sources",
  "sites.grid": "Grid",
  "run.title": "Run a scenario",
  "run.intro":
    "Write sites and workloads in YAML, or start from an example. Training runs are simulated with failures in the background.",
  "run.editor": "Scenario (YAML)",
  "run.examples": "Examples",
  "run.trials": "Simulated runs per training workload",
  "run.seed": "Seed",
  "run.run": "Run",
  "run.running": "Running…",
  "run.cancel": "Cancel",
  "run.valid": "The scenario is valid.",
  "run.line": "line",
  "run.empty": "Run the scenario to see its results.",
  "ledger.title": "Ledger and validation",
  "ledger.intro":
    "A project's announcements over time, and how the models compare with what real projects published.",
  "ledger.project": "Project",
  "ledger.needsServer":
    "The ledger of saved announcements needs gigawatt serve; shown here: the catalog's dated figures for this project.",
  "ledger.validation": "Validation: published against predicted",
  "ledger.validate": "Run the validation cases",
  "common.csv": "CSV",
  "common.json": "JSON",
  "common.svg": "SVG",
  "common.png": "PNG",
  "common.download": "Download",
  "common.error": "Something went wrong:",
} as const;

export type Key = keyof typeof EN;

const FR: Record<Key, string> = {
  tagline: "Ce qu'il y a derrière les annonces d'infrastructures d'IA",
  "nav.read": "Lire",
  "nav.size": "Dimensionner",
  "nav.sites": "Sites",
  "nav.run": "Simuler",
  "nav.ledger": "Registre",
  "nav.label": "Pages",
  "lang.label": "Langue",
  "share.copy": "Copier le lien",
  "share.copied": "Lien copié : il ouvre cette page telle que vous la voyez",
  "share.save": "Enregistrer",
  "share.saved": "Enregistré :",
  "share.needsServer":
    "L'enregistrement demande gigawatt serve : le lien ci-dessus garde l'état de la page sans lui.",
  "read.title": "Collez un article : voyez ce qu'il y a derrière chaque chiffre",
  "read.intro":
    "Collez un article en français ou en anglais, ou déposez un fichier texte. Chaque chiffre est surligné là où il se trouve ; choisissez-en un pour voir ce qu'il signifie et s'il tient debout.",
  "read.text": "Texte de l'article",
  "read.placeholder": "Collez ici un article ou un titre, ou déposez un fichier .txt",
  "read.explain": "Expliquer les chiffres",
  "read.file": "Ouvrir un fichier texte",
  "read.date": "Date de l'article (pour « l'an prochain »)",
  "read.sample": "Try a headline",
  "read.sampleFr": "Essayer un titre",
  "read.empty": "Collez un texte pour commencer : les chiffres apparaîtront surlignés ici.",
  "read.none": "Aucun chiffre trouvé dans ce texte.",
  "read.figures": "Chiffres",
  "read.pick": "Choisissez un chiffre surligné pour voir son explication et ses vérifications.",
  "read.who": "Qui",
  "read.what": "Projet",
  "read.where": "Réseau",
  "read.when": "Quand",
  "read.relation": "Fait",
  "read.object": "Avec",
  "read.checks": "Vérifications",
  "read.noChecks": "Rien n'est dit à côté de ce chiffre pour le vérifier.",
  "read.claimed": "annoncé",
  "read.modelRange": "fourchette à 80 % du modèle",
  "read.language": "Langue de l'article",
  "read.kind.money": "argent",
  "read.kind.power": "puissance",
  "read.kind.count": "nombre",
  "read.legend": "Couleur selon le type :",
  "read.tooLarge": "Ce fichier dépasse 2 Mo : collez plutôt le texte de l'article.",
  "read.binary":
    "Ce fichier n'est pas du texte : enregistrez l'article en texte brut (.txt) et déposez-le à nouveau.",
  "size.title": "Dimensionner un site",
  "size.intro":
    "Déplacez le curseur : tous les chiffres suivent aussitôt. Chaque valeur par défaut est une hypothèse sourcée, listée plus bas.",
  "size.basis": "Partir de",
  "size.basis.power": "Puissance",
  "size.basis.accelerators": "Accélérateurs",
  "size.basis.budget": "Budget",
  "size.value": "Valeur",
  "size.accelerator": "Accélérateur",
  "size.grid": "Réseau électrique",
  "size.cooling": "Refroidissement",
  "size.pue": "PUE (vide : celui du refroidissement)",
  "size.onsite": "Production au gaz sur site (part de l'énergie)",
  "size.default": "par défaut",
  "size.results": "Résultats",
  "size.capex": "Ce que coûte la construction",
  "size.carbon": "Carbone par an",
  "size.water": "Eau par an",
  "size.assumptions": "Hypothèses et sources",
  "size.recompute": "calculé en",
  "sites.title": "Campus annoncés",
  "sites.intro":
    "La taille des cercles suit la puissance annoncée. Choisissez un cercle ou une ligne pour ouvrir le site.",
  "sites.world": "Monde",
  "sites.us": "États-Unis",
  "sites.colour": "Couleur selon",
  "sites.colour.status": "l'état",
  "sites.colour.owner": "le propriétaire",
  "sites.filter": "Filtrer par nom, propriétaire ou lieu",
  "sites.status": "État",
  "sites.all": "tous",
  "sites.none": "Aucun site ne correspond à ce filtre.",
  "sites.approx": "Les sites sans coordonnées dans le catalogue sont placés au centre de leur État ou pays.",
  "sites.back": "Tous les sites",
  "sites.phases": "Phases dans le temps",
  "sites.sizing": "Ce que représente la puissance annoncée",
  "sites.sources": "Sources",
  "sites.grid": "Réseau",
  "run.title": "Simuler un scénario",
  "run.intro":
    "Décrivez sites et charges en YAML, ou partez d'un exemple. Les entraînements sont simulés avec pannes en arrière-plan.",
  "run.editor": "Scénario (YAML)",
  "run.examples": "Exemples",
  "run.trials": "Simulations par entraînement",
  "run.seed": "Graine",
  "run.run": "Lancer",
  "run.running": "En cours…",
  "run.cancel": "Annuler",
  "run.valid": "Le scénario est valide.",
  "run.line": "ligne",
  "run.empty": "Lancez le scénario pour voir ses résultats.",
  "ledger.title": "Registre et validation",
  "ledger.intro":
    "Les annonces d'un projet dans le temps, et la comparaison des modèles avec ce que de vrais projets ont publié.",
  "ledger.project": "Projet",
  "ledger.needsServer":
    "Le registre des annonces enregistrées demande gigawatt serve ; ci-dessous : les chiffres datés du catalogue pour ce projet.",
  "ledger.validation": "Validation : publié contre prédit",
  "ledger.validate": "Lancer les cas de validation",
  "common.csv": "CSV",
  "common.json": "JSON",
  "common.svg": "SVG",
  "common.png": "PNG",
  "common.download": "Télécharger",
  "common.error": "Une erreur s'est produite :",
};

const DICTS: Record<Lang, Record<Key, string>> = { en: EN, fr: FR };

/** The text of a key in the current language (reading it subscribes the component to language changes). */
export function t(key: Key): string {
  return DICTS[lang.value][key];
}
