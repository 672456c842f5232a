import type { Messages } from "../../../catalog"
import type en from "../../en/portal/documents"

const documents: Messages<typeof en> = {
  list: {
    heading: "Documents de {{company}}",
    loading: "Chargement des documents…",
    empty: "Aucun document ne vous a encore été transmis.",
    no_match: "Aucun document ne correspond.",
    all: "Tous les documents",
    company: "Pour l’entreprise",
    quotes: "Liés aux devis",
    orders: "Liés aux commandes",
    files: "Fichiers",
    pictures: "Images",
  },
  document: {
    added_on: "Ajouté le {{date}}",
    open: "Ouvrir",
    open_named: "Ouvrir : {{title}}",
    opening: "Ouverture…",
    download: "Télécharger",
    download_named: "Télécharger : {{title}}",
    downloading: "Téléchargement…",
    see_order: "Voir la commande",
    see_quote: "Voir le devis",
    picture_loading: "Chargement de l’image…",
    picture_failed: "L’image n’a pas pu être chargée.",
  },
  size: {
    bytes: "{{size}} o",
    kilobytes: "{{size}} Ko",
    megabytes: "{{size}} Mo",
  },
  types: {
    pdf: "PDF",
    png: "Image PNG",
    jpeg: "Image JPEG",
    webp: "Image WebP",
    gif: "Image GIF",
    docx: "Document Word",
    xlsx: "Classeur Excel",
    pptx: "Présentation PowerPoint",
    odt: "Texte OpenDocument",
    ods: "Classeur OpenDocument",
    doc: "Document Word (ancien format)",
    xls: "Classeur Excel (ancien format)",
  },
  order: {
    title: "Documents",
    loading: "Chargement des documents de la commande…",
    empty: "Aucun document pour cette commande pour l’instant.",
  },
}

export default documents
