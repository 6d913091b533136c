# The names of the 30 EU/EEA countries, for the data protection authorities
# (src/authorities.rs): `country-` and the country's ISO 3166-1 code in lowercase. German Land
# names are not translated: they stay German in every language (authorities.toml, `land`).

country-at = Autriche
country-be = Belgique
country-bg = Bulgarie
country-cy = Chypre
country-cz = Tchéquie
country-de = Allemagne
country-dk = Danemark
country-ee = Estonie
country-es = Espagne
country-fi = Finlande
country-fr = France
country-gr = Grèce
country-hr = Croatie
country-hu = Hongrie
country-ie = Irlande
country-is = Islande
country-it = Italie
country-li = Liechtenstein
country-lt = Lituanie
country-lu = Luxembourg
country-lv = Lettonie
country-mt = Malte
country-nl = Pays-Bas
country-no = Norvège
country-pl = Pologne
country-pt = Portugal
country-ro = Roumanie
country-se = Suède
country-si = Slovénie
country-sk = Slovaquie
