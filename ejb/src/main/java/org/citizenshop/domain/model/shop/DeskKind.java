package org.citizenshop.domain.model.shop;

/** What kind of counter a desk is: serving all agencies, one agency, or an Espaço Cidadão mediator. */
public enum DeskKind {
    MULTI_SERVICE,
    AGENCY,
    MEDIATOR
}
