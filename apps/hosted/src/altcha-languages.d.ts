// altcha ships some of its widget translations (fr-fr, es-es, pt-br) without type declarations.
declare module "altcha/i18n/*";
