/** Web plumbing shared by the pages of all parts: choice lists and user messages. */
package nl.sociaaldossier.web;
