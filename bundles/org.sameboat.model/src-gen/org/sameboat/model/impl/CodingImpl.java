/**
 */
package org.sameboat.model.impl;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EcoreUtil;

import org.sameboat.model.Code;
import org.sameboat.model.Coder;
import org.sameboat.model.Coding;
import org.sameboat.model.Document;
import org.sameboat.model.Participant;
import org.sameboat.model.SameboatPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Coding</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.sameboat.model.impl.CodingImpl#getCode <em>Code</em>}</li>
 *   <li>{@link org.sameboat.model.impl.CodingImpl#getCoder <em>Coder</em>}</li>
 *   <li>{@link org.sameboat.model.impl.CodingImpl#getStart <em>Start</em>}</li>
 *   <li>{@link org.sameboat.model.impl.CodingImpl#getEnd <em>End</em>}</li>
 *   <li>{@link org.sameboat.model.impl.CodingImpl#getCreated <em>Created</em>}</li>
 *   <li>{@link org.sameboat.model.impl.CodingImpl#getMemo <em>Memo</em>}</li>
 *   <li>{@link org.sameboat.model.impl.CodingImpl#getAddressee <em>Addressee</em>}</li>
 *   <li>{@link org.sameboat.model.impl.CodingImpl#isAddressedToGroup <em>Addressed To Group</em>}</li>
 *   <li>{@link org.sameboat.model.impl.CodingImpl#getDocument <em>Document</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CodingImpl extends IdentifiedImpl implements Coding {
	/**
	 * The cached value of the '{@link #getCode() <em>Code</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected Code code;

	/**
	 * The cached value of the '{@link #getCoder() <em>Coder</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCoder()
	 * @generated
	 * @ordered
	 */
	protected Coder coder;

	/**
	 * The default value of the '{@link #getStart() <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStart()
	 * @generated
	 * @ordered
	 */
	protected static final int START_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getStart() <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStart()
	 * @generated
	 * @ordered
	 */
	protected int start = START_EDEFAULT;

	/**
	 * The default value of the '{@link #getEnd() <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnd()
	 * @generated
	 * @ordered
	 */
	protected static final int END_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getEnd() <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnd()
	 * @generated
	 * @ordered
	 */
	protected int end = END_EDEFAULT;

	/**
	 * The default value of the '{@link #getCreated() <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreated()
	 * @generated
	 * @ordered
	 */
	protected static final long CREATED_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getCreated() <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreated()
	 * @generated
	 * @ordered
	 */
	protected long created = CREATED_EDEFAULT;

	/**
	 * The default value of the '{@link #getMemo() <em>Memo</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemo()
	 * @generated
	 * @ordered
	 */
	protected static final String MEMO_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMemo() <em>Memo</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemo()
	 * @generated
	 * @ordered
	 */
	protected String memo = MEMO_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAddressee() <em>Addressee</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddressee()
	 * @generated
	 * @ordered
	 */
	protected Participant addressee;

	/**
	 * The default value of the '{@link #isAddressedToGroup() <em>Addressed To Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAddressedToGroup()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ADDRESSED_TO_GROUP_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isAddressedToGroup() <em>Addressed To Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAddressedToGroup()
	 * @generated
	 * @ordered
	 */
	protected boolean addressedToGroup = ADDRESSED_TO_GROUP_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CodingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SameboatPackage.Literals.CODING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Code getCode() {
		if (code != null && code.eIsProxy()) {
			InternalEObject oldCode = (InternalEObject)code;
			code = (Code)eResolveProxy(oldCode);
			if (code != oldCode) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SameboatPackage.CODING__CODE, oldCode, code));
			}
		}
		return code;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Code basicGetCode() {
		return code;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCode(Code newCode) {
		Code oldCode = code;
		code = newCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SameboatPackage.CODING__CODE, oldCode, code));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Coder getCoder() {
		if (coder != null && coder.eIsProxy()) {
			InternalEObject oldCoder = (InternalEObject)coder;
			coder = (Coder)eResolveProxy(oldCoder);
			if (coder != oldCoder) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SameboatPackage.CODING__CODER, oldCoder, coder));
			}
		}
		return coder;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Coder basicGetCoder() {
		return coder;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCoder(Coder newCoder) {
		Coder oldCoder = coder;
		coder = newCoder;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SameboatPackage.CODING__CODER, oldCoder, coder));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getStart() {
		return start;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStart(int newStart) {
		int oldStart = start;
		start = newStart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SameboatPackage.CODING__START, oldStart, start));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getEnd() {
		return end;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnd(int newEnd) {
		int oldEnd = end;
		end = newEnd;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SameboatPackage.CODING__END, oldEnd, end));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getCreated() {
		return created;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCreated(long newCreated) {
		long oldCreated = created;
		created = newCreated;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SameboatPackage.CODING__CREATED, oldCreated, created));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMemo() {
		return memo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMemo(String newMemo) {
		String oldMemo = memo;
		memo = newMemo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SameboatPackage.CODING__MEMO, oldMemo, memo));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Participant getAddressee() {
		if (addressee != null && addressee.eIsProxy()) {
			InternalEObject oldAddressee = (InternalEObject)addressee;
			addressee = (Participant)eResolveProxy(oldAddressee);
			if (addressee != oldAddressee) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SameboatPackage.CODING__ADDRESSEE, oldAddressee, addressee));
			}
		}
		return addressee;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Participant basicGetAddressee() {
		return addressee;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAddressee(Participant newAddressee) {
		Participant oldAddressee = addressee;
		addressee = newAddressee;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SameboatPackage.CODING__ADDRESSEE, oldAddressee, addressee));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isAddressedToGroup() {
		return addressedToGroup;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAddressedToGroup(boolean newAddressedToGroup) {
		boolean oldAddressedToGroup = addressedToGroup;
		addressedToGroup = newAddressedToGroup;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SameboatPackage.CODING__ADDRESSED_TO_GROUP, oldAddressedToGroup, addressedToGroup));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Document getDocument() {
		if (eContainerFeatureID() != SameboatPackage.CODING__DOCUMENT) return null;
		return (Document)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetDocument(Document newDocument, NotificationChain msgs) {
		msgs = eBasicSetContainer((InternalEObject)newDocument, SameboatPackage.CODING__DOCUMENT, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDocument(Document newDocument) {
		if (newDocument != eInternalContainer() || (eContainerFeatureID() != SameboatPackage.CODING__DOCUMENT && newDocument != null)) {
			if (EcoreUtil.isAncestor(this, newDocument))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString());
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newDocument != null)
				msgs = ((InternalEObject)newDocument).eInverseAdd(this, SameboatPackage.DOCUMENT__CODINGS, Document.class, msgs);
			msgs = basicSetDocument(newDocument, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SameboatPackage.CODING__DOCUMENT, newDocument, newDocument));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SameboatPackage.CODING__DOCUMENT:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetDocument((Document)otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SameboatPackage.CODING__DOCUMENT:
				return basicSetDocument(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eBasicRemoveFromContainerFeature(NotificationChain msgs) {
		switch (eContainerFeatureID()) {
			case SameboatPackage.CODING__DOCUMENT:
				return eInternalContainer().eInverseRemove(this, SameboatPackage.DOCUMENT__CODINGS, Document.class, msgs);
		}
		return super.eBasicRemoveFromContainerFeature(msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SameboatPackage.CODING__CODE:
				if (resolve) return getCode();
				return basicGetCode();
			case SameboatPackage.CODING__CODER:
				if (resolve) return getCoder();
				return basicGetCoder();
			case SameboatPackage.CODING__START:
				return getStart();
			case SameboatPackage.CODING__END:
				return getEnd();
			case SameboatPackage.CODING__CREATED:
				return getCreated();
			case SameboatPackage.CODING__MEMO:
				return getMemo();
			case SameboatPackage.CODING__ADDRESSEE:
				if (resolve) return getAddressee();
				return basicGetAddressee();
			case SameboatPackage.CODING__ADDRESSED_TO_GROUP:
				return isAddressedToGroup();
			case SameboatPackage.CODING__DOCUMENT:
				return getDocument();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case SameboatPackage.CODING__CODE:
				setCode((Code)newValue);
				return;
			case SameboatPackage.CODING__CODER:
				setCoder((Coder)newValue);
				return;
			case SameboatPackage.CODING__START:
				setStart((Integer)newValue);
				return;
			case SameboatPackage.CODING__END:
				setEnd((Integer)newValue);
				return;
			case SameboatPackage.CODING__CREATED:
				setCreated((Long)newValue);
				return;
			case SameboatPackage.CODING__MEMO:
				setMemo((String)newValue);
				return;
			case SameboatPackage.CODING__ADDRESSEE:
				setAddressee((Participant)newValue);
				return;
			case SameboatPackage.CODING__ADDRESSED_TO_GROUP:
				setAddressedToGroup((Boolean)newValue);
				return;
			case SameboatPackage.CODING__DOCUMENT:
				setDocument((Document)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case SameboatPackage.CODING__CODE:
				setCode((Code)null);
				return;
			case SameboatPackage.CODING__CODER:
				setCoder((Coder)null);
				return;
			case SameboatPackage.CODING__START:
				setStart(START_EDEFAULT);
				return;
			case SameboatPackage.CODING__END:
				setEnd(END_EDEFAULT);
				return;
			case SameboatPackage.CODING__CREATED:
				setCreated(CREATED_EDEFAULT);
				return;
			case SameboatPackage.CODING__MEMO:
				setMemo(MEMO_EDEFAULT);
				return;
			case SameboatPackage.CODING__ADDRESSEE:
				setAddressee((Participant)null);
				return;
			case SameboatPackage.CODING__ADDRESSED_TO_GROUP:
				setAddressedToGroup(ADDRESSED_TO_GROUP_EDEFAULT);
				return;
			case SameboatPackage.CODING__DOCUMENT:
				setDocument((Document)null);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case SameboatPackage.CODING__CODE:
				return code != null;
			case SameboatPackage.CODING__CODER:
				return coder != null;
			case SameboatPackage.CODING__START:
				return start != START_EDEFAULT;
			case SameboatPackage.CODING__END:
				return end != END_EDEFAULT;
			case SameboatPackage.CODING__CREATED:
				return created != CREATED_EDEFAULT;
			case SameboatPackage.CODING__MEMO:
				return MEMO_EDEFAULT == null ? memo != null : !MEMO_EDEFAULT.equals(memo);
			case SameboatPackage.CODING__ADDRESSEE:
				return addressee != null;
			case SameboatPackage.CODING__ADDRESSED_TO_GROUP:
				return addressedToGroup != ADDRESSED_TO_GROUP_EDEFAULT;
			case SameboatPackage.CODING__DOCUMENT:
				return getDocument() != null;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (start: ");
		result.append(start);
		result.append(", end: ");
		result.append(end);
		result.append(", created: ");
		result.append(created);
		result.append(", memo: ");
		result.append(memo);
		result.append(", addressedToGroup: ");
		result.append(addressedToGroup);
		result.append(')');
		return result.toString();
	}

} //CodingImpl
