# The names of the 30 EU/EEA countries, for the data protection authorities
# (src/authorities.rs): `country-` and the country's ISO 3166-1 code in lowercase. German Land
# names are not translated: they stay German in every language (authorities.toml, `land`).

country-at = Austrija
country-be = Beļģija
country-bg = Bulgārija
country-cy = Kipra
country-cz = Čehija
country-de = Vācija
country-dk = Dānija
country-ee = Igaunija
country-es = Spānija
country-fi = Somija
country-fr = Francija
country-gr = Grieķija
country-hr = Horvātija
country-hu = Ungārija
country-ie = Īrija
country-is = Islande
country-it = Itālija
country-li = Lihtenšteina
country-lt = Lietuva
country-lu = Luksemburga
country-lv = Latvija
country-mt = Malta
country-nl = Nīderlande
country-no = Norvēģija
country-pl = Polija
country-pt = Portugāle
country-ro = Rumānija
country-se = Zviedrija
country-si = Slovēnija
country-sk = Slovākija
