/* The lexicon's text files, compiled into the program as they are.
 * Paths are relative to the top of the tree, where make runs. */
	.section .rodata
	.global lexicon_countries_start
	.global lexicon_countries_end
lexicon_countries_start:
	.incbin "src/lexicon/countries.txt"
lexicon_countries_end:
	.byte 0
	.global lexicon_cities_start
	.global lexicon_cities_end
lexicon_cities_start:
	.incbin "src/lexicon/cities.txt"
lexicon_cities_end:
	.byte 0
	.global lexicon_regions_start
	.global lexicon_regions_end
lexicon_regions_start:
	.incbin "src/lexicon/regions.txt"
lexicon_regions_end:
	.byte 0
	.global lexicon_demonyms_start
	.global lexicon_demonyms_end
lexicon_demonyms_start:
	.incbin "src/lexicon/demonyms.txt"
lexicon_demonyms_end:
	.byte 0
	.global lexicon_first_names_start
	.global lexicon_first_names_end
lexicon_first_names_start:
	.incbin "src/lexicon/first_names.txt"
lexicon_first_names_end:
	.byte 0
	.global lexicon_titles_start
	.global lexicon_titles_end
lexicon_titles_start:
	.incbin "src/lexicon/titles.txt"
lexicon_titles_end:
	.byte 0
	.global lexicon_org_words_start
	.global lexicon_org_words_end
lexicon_org_words_start:
	.incbin "src/lexicon/org_words.txt"
lexicon_org_words_end:
	.byte 0
	.global lexicon_orgs_start
	.global lexicon_orgs_end
lexicon_orgs_start:
	.incbin "src/lexicon/orgs.txt"
lexicon_orgs_end:
	.byte 0
	.global lexicon_months_start
	.global lexicon_months_end
lexicon_months_start:
	.incbin "src/lexicon/months.txt"
lexicon_months_end:
	.byte 0
	.global lexicon_weekdays_start
	.global lexicon_weekdays_end
lexicon_weekdays_start:
	.incbin "src/lexicon/weekdays.txt"
lexicon_weekdays_end:
	.byte 0
	.global lexicon_speech_verbs_start
	.global lexicon_speech_verbs_end
lexicon_speech_verbs_start:
	.incbin "src/lexicon/speech_verbs.txt"
lexicon_speech_verbs_end:
	.byte 0
	.global lexicon_common_start
	.global lexicon_common_end
lexicon_common_start:
	.incbin "src/lexicon/common.txt"
lexicon_common_end:
	.byte 0
	.global lexicon_roles_start
	.global lexicon_roles_end
lexicon_roles_start:
	.incbin "src/lexicon/roles.txt"
lexicon_roles_end:
	.byte 0
	.global lexicon_particles_start
	.global lexicon_particles_end
lexicon_particles_start:
	.incbin "src/lexicon/particles.txt"
lexicon_particles_end:
	.byte 0
	.global lexicon_company_suffixes_start
	.global lexicon_company_suffixes_end
lexicon_company_suffixes_start:
	.incbin "src/lexicon/company_suffixes.txt"
lexicon_company_suffixes_end:
	.byte 0
	.global lexicon_groups_start
	.global lexicon_groups_end
lexicon_groups_start:
	.incbin "src/lexicon/groups.txt"
lexicon_groups_end:
	.byte 0
	.global lexicon_people_start
	.global lexicon_people_end
lexicon_people_start:
	.incbin "src/lexicon/people.txt"
lexicon_people_end:
	.byte 0
	.global lexicon_events_start
	.global lexicon_events_end
lexicon_events_start:
	.incbin "src/lexicon/events.txt"
lexicon_events_end:
	.byte 0
	.global lexicon_lowercase_start
	.global lexicon_lowercase_end
lexicon_lowercase_start:
	.incbin "src/lexicon/lowercase.txt"
lexicon_lowercase_end:
	.byte 0
	.global lexicon_city_countries_start
	.global lexicon_city_countries_end
lexicon_city_countries_start:
	.incbin "src/lexicon/city_countries.txt"
lexicon_city_countries_end:
	.byte 0
	.global lexicon_terms_start
	.global lexicon_terms_end
lexicon_terms_start:
	.incbin "src/lexicon/terms.txt"
lexicon_terms_end:
	.byte 0
	.global lexicon_products_start
	.global lexicon_products_end
lexicon_products_start:
	.incbin "src/lexicon/products.txt"
lexicon_products_end:
	.byte 0
	.global lexicon_countries_intl_start
	.global lexicon_countries_intl_end
lexicon_countries_intl_start:
	.incbin "src/lexicon/countries_intl.txt"
lexicon_countries_intl_end:
	.byte 0
	.section .note.GNU-stack,"",@progbits
