"""Views that answer an analyst's questions, each one offline HTML page.

* :mod:`kg.views.relations`: who is tied to whom and how (the default of ``kg viz``);
* :mod:`kg.views.timeline`: what happened when;
* :mod:`kg.views.overview`: the communities of a store, each a click away from its relationships.

Projections (:mod:`kg.views.ties`) read the store through :mod:`kg.network`'s public functions;
pages (:mod:`kg.views.page`, :mod:`kg.views.network`) share one escaping and one
Content-Security-Policy.
"""
