/**
 * Need-to-know, written once as data: which role, in which relation to a dossier, may do what
 * ({@link nl.sociaaldossier.toegang.Toegangsregels}). The services check it, the pages ask the rights
 * the services compute from it, the README's access table and the role matrix test are made from it.
 */
package nl.sociaaldossier.toegang;
