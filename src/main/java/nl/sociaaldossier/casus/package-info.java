/** Casework: meldingen (hulpvragen), and later the casus, verklarende analyse, plan, regie and AVE levels. */
package nl.sociaaldossier.casus;
